package dev.migrationstudio.maven;

import dev.migrationstudio.core.scaffold.ScaffoldException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/** The parameters add-function and create-rpc share. */
final class FunctionBody {
    private FunctionBody() {
    }

    static String read(File bodyFile) throws ScaffoldException {
        if (bodyFile == null) {
            throw new ScaffoldException("studio.bodyFile is missing: give the file that holds the function body");
        }
        try {
            return Files.readString(bodyFile.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScaffoldException("studio.bodyFile " + bodyFile + " cannot be read: " + e.getMessage());
        }
    }

    static boolean definer(String security) throws ScaffoldException {
        String value = security == null ? "invoker" : security.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("definer") && !value.equals("invoker")) {
            throw new ScaffoldException("studio.security '" + security + "' must be definer or invoker");
        }
        return value.equals("definer");
    }
}
