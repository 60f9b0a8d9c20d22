import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates a deterministic, realistic Flyway migration history of a multi-year SaaS product on
 * PostgreSQL/Supabase, plus a Maven project around it, for benchmarks.
 *
 * <p>Run with {@code java Generate.java [--seed N] [--files N] [--out DIR]} (Java 17 source launch,
 * no dependencies). The generator keeps a model of the schema it has produced so far, so every
 * statement refers to objects that exist at that point of the history and the whole history applies
 * to a database that has the Supabase platform objects (the shadow database's {@code supabase-platform.sql}).
 */
public class Generate {

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Generate: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        HistoryGenerator generator = new HistoryGenerator(new Random(options.seed()));
        List<Migration> history = generator.generate(options.files());
        try {
            Summary summary = ProjectWriter.write(options, history);
            System.out.printf(Locale.ROOT, "wrote %s: %d migration files (%d with .sql.conf), %d statements, %d bytes of SQL%n",
                    options.out(), summary.files(), summary.confFiles(), summary.statements(), summary.bytes());
            if (options.stats()) {
                System.out.printf(Locale.ROOT, "%-18s %6s %10s %10s%n", "kind", "files", "statements", "bytes");
                generator.mix().forEach((kind, n) -> System.out.printf(Locale.ROOT, "%-18s %6d %10d %10d%n",
                        kind, n[0], n[1], n[2]));
            }
        } catch (IOException e) {
            System.err.println("Generate: cannot write the project under " + options.out() + ": " + e);
            System.exit(1);
        }
    }
}

record Options(long seed, int files, Path out, boolean stats) {
    static final String USAGE = "usage: java Generate.java [--seed N] [--files N (>= 20)] [--out DIR] [--stats]";

    static Options parse(String[] args) {
        long seed = 42;
        int files = 1200;
        Path out = null;
        boolean stats = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException("help requested");
            }
            if (name.equals("--stats")) {
                stats = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--seed" -> seed = parseNumber(name, value);
                case "--files" -> files = (int) parseNumber(name, value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (files < 20 || files > 100_000) {
            throw new IllegalArgumentException("--files must be between 20 and 100000, got " + files);
        }
        return new Options(seed, files, out != null ? out : Path.of("benchmarks/history/out/seed-" + seed), stats);
    }

    private static long parseNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, got '" + value + "'");
        }
    }
}

record Migration(String version, String description, String sql, int statements, boolean transactional) {
    String fileName() {
        return "V" + version + "__" + description + ".sql";
    }
}

record Summary(int files, int confFiles, long statements, long bytes) {
}

/** Writes the Maven project: pom.xml and db/migration, replacing migrations left by an earlier run. */
final class ProjectWriter {
    private ProjectWriter() {
    }

    static Summary write(Options options, List<Migration> history) throws IOException {
        Path migrations = options.out().resolve("db/migration");
        Files.createDirectories(migrations);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(migrations, "V*.sql{,.conf}")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        long statements = 0;
        long bytes = 0;
        int confFiles = 0;
        for (Migration m : history) {
            byte[] sql = m.sql().getBytes(StandardCharsets.UTF_8);
            Files.write(migrations.resolve(m.fileName()), sql);
            bytes += sql.length;
            statements += m.statements();
            if (!m.transactional()) {
                Files.writeString(migrations.resolve(m.fileName() + ".conf"), "executeInTransaction=false\n");
                confFiles++;
            }
        }
        Files.writeString(options.out().resolve("pom.xml"), pom(options.seed()));
        return new Summary(history.size(), confFiles, statements, bytes);
    }

    private static String pom(long seed) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by benchmarks/history/Generate.java (seed %d). Do not edit. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.migrationstudio.bench</groupId>
                  <artifactId>history-seed-%d</artifactId>
                  <version>1.0.0</version>
                  <packaging>pom</packaging>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <!-- Flyway >= 9.22 keeps its lock transaction open on a second connection; CREATE INDEX
                         CONCURRENTLY then waits for it forever. Session-level locks avoid that. -->
                    <flyway.postgresql.transactional.lock>false</flyway.postgresql.transactional.lock>
                  </properties>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.migrationstudio</groupId>
                        <artifactId>studio-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                        <configuration>
                          <platform>supabase</platform>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>11.20.3</version>
                        <configuration>
                          <locations>filesystem:db/migration</locations>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>org.flywaydb</groupId>
                            <artifactId>flyway-database-postgresql</artifactId>
                            <version>11.20.3</version>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>42.7.8</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(seed, seed);
    }
}

// ---------------------------------------------------------------------------------------------
// Schema model: just enough state to keep every generated statement valid.
// ---------------------------------------------------------------------------------------------

enum Kind { TEXT, VARCHAR, INT, BIGINT, NUMERIC, BOOL, TIMESTAMPTZ, TIMESTAMP, DATE, JSONB, UUID, TEXT_ARRAY, ENUM }

final class Column {
    String name;
    Kind kind;
    String type;
    boolean notNull;
    String defaultSql;
    /** Referenced by a policy, view, trigger body, FK or partial index: never dropped, renamed or retyped. */
    boolean pinned;
    boolean checked;
    boolean indexed;
    EnumType enumType;
    Table references;

    Column(String name, Kind kind, String type) {
        this.name = name;
        this.kind = kind;
        this.type = type;
    }

    String definition() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(type);
        if (notNull) {
            sb.append(" NOT NULL");
        }
        if (defaultSql != null) {
            sb.append(" DEFAULT ").append(defaultSql);
        }
        return sb.toString();
    }
}

final class Index {
    final String name;
    final List<Column> columns;

    Index(String name, List<Column> columns) {
        this.name = name;
        this.columns = columns;
    }
}

final class Table {
    enum Role { LOOKUP, OWNED, CHILD }

    String name;
    final Role role;
    final String pkType;
    final List<Column> columns = new ArrayList<>();
    /** The column compared with auth.uid() (OWNED), or null. */
    Column owner;
    Table parent;
    Column parentFk;
    boolean rls;
    final Set<String> policies = new LinkedHashSet<>();
    final Set<String> usedConstraintNames = new HashSet<>();
    final Set<String> triggers = new HashSet<>();
    final List<Index> indexes = new ArrayList<>();
    /** Views, policies and foreign keys that refer to this table: it is dropped only when zero. */
    int dependents;
    int rows;
    boolean renamable = true;
    boolean policiesUseParent;

    Table(String name, Role role, String pkType) {
        this.name = name;
        this.role = role;
        this.pkType = pkType;
    }

    String q() {
        return "public." + name;
    }

    Column column(String columnName) {
        return columns.stream().filter(c -> c.name.equals(columnName)).findFirst().orElse(null);
    }

    boolean hasColumn(String columnName) {
        return column(columnName) != null;
    }

    String singular() {
        return Names.singular(name);
    }

    /** SQL that is true when the row behind {@code alias} belongs to {@code uid}; true for lookups. */
    String ownerPredicate(String alias, String uid) {
        return switch (role) {
            case LOOKUP -> "true";
            case OWNED -> uid + " = " + alias + "." + owner.name;
            case CHILD -> "EXISTS (SELECT 1 FROM " + parent.q() + " AS p WHERE p.id = " + alias + "." + parentFk.name
                    + " AND p." + parent.owner.name + " = " + uid + ")";
        };
    }
}

final class EnumType {
    final String name;
    final List<String> values = new ArrayList<>();
    /** Values added in the current file: usable only after it commits. */
    final List<String> pending = new ArrayList<>();

    EnumType(String name) {
        this.name = name;
    }
}

final class Routine {
    final String name;
    final String parameters;
    final String argTypes;
    final String returns;
    final Table table;
    final Template template;
    final boolean trigger;

    enum Template { MUTATE, LIST, COUNT, CLEANUP, CAN_ACCESS, CREATE, REPORT, IMPORT, TRIGGER }

    Routine(String name, String parameters, String argTypes, String returns, Table table, Template template) {
        this.name = name;
        this.parameters = parameters;
        this.argTypes = argTypes;
        this.returns = returns;
        this.table = table;
        this.template = template;
        this.trigger = template == Template.TRIGGER;
    }

    String signature() {
        return "public." + name + "(" + argTypes + ")";
    }
}

final class View {
    final String name;
    final Table base;
    final Table joined;
    final List<String> selectItems = new ArrayList<>();

    View(String name, Table base, Table joined) {
        this.name = name;
        this.base = base;
        this.joined = joined;
    }

    boolean grouped() {
        return selectItems.stream().anyMatch(item -> item.startsWith("count("));
    }
}

final class Schema {
    final List<Table> tables = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Routine> routines = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    /** Tables, views, indexes and types share one namespace per schema. */
    final Set<String> relationNames = new HashSet<>();
    final Set<String> routineNames = new HashSet<>();

    List<Table> tables(Table.Role role) {
        return tables.stream().filter(t -> t.role == role).toList();
    }

    void commitPendingEnumValues() {
        for (EnumType e : enums) {
            e.values.addAll(e.pending);
            e.pending.clear();
        }
    }
}

/** One migration file being written: SQL text plus the number of statements in it. */
final class Script {
    private final StringBuilder sql = new StringBuilder();
    int statements;
    boolean transactional = true;

    void comment(String text) {
        sql.append("-- ").append(text).append('\n');
    }

    void stmt(String statement) {
        sql.append(statement).append(";\n\n");
        statements++;
    }

    void stmt(String format, Object... args) {
        stmt(String.format(Locale.ROOT, format, args));
    }

    String text() {
        return sql.toString();
    }
}

// ---------------------------------------------------------------------------------------------
// Names and literal values
// ---------------------------------------------------------------------------------------------

final class Names {
    static final List<String> AREAS = List.of("billing", "crm", "support", "analytics", "inventory", "hr", "content",
            "messaging", "scheduling", "integrations", "marketing", "projects", "compliance", "learning", "commerce",
            "ops", "finance", "partner", "growth", "identity");
    static final List<String> NOUNS = List.of("accounts", "invoices", "invoice_items", "payments", "subscriptions",
            "coupons", "refunds", "customers", "contacts", "leads", "deals", "companies", "notes", "tickets",
            "ticket_comments", "articles", "events", "sessions", "page_views", "products", "warehouses",
            "stock_movements", "suppliers", "orders", "order_items", "shipments", "employees", "departments",
            "time_off_requests", "payroll_runs", "posts", "comments", "media_assets", "newsletters", "channels",
            "messages", "threads", "attachments", "bookings", "calendars", "availability_slots", "webhooks",
            "api_keys", "connections", "sync_jobs", "campaigns", "audiences", "landing_pages", "tasks", "milestones",
            "sprints", "documents", "reviews", "courses", "lessons", "enrollments", "carts", "wishlists",
            "notifications", "feedback", "reports", "dashboards", "widgets", "teams", "memberships", "invitations",
            "projects", "workspaces", "folders", "files", "forms", "form_responses", "surveys", "votes",
            "achievements", "referrals", "affiliates", "payouts", "locations", "devices", "experiments", "variants",
            "alerts", "incidents", "checklists", "snippets", "translations", "expenses", "budgets", "contracts",
            "quotes", "assets", "licenses", "audits", "goals", "okrs", "integrations", "exports", "imports");
    static final List<String> LOOKUP_NOUNS = List.of("plans", "categories", "tags", "currencies", "countries",
            "regions", "tax_rates", "feature_flags", "templates", "locales", "badges", "industries", "timezones",
            "payment_methods", "units", "priorities", "labels", "languages", "skills", "reasons");

    static final Map<Kind, List<String>> COLUMN_NAMES = new EnumMap<>(Kind.class);

    static {
        COLUMN_NAMES.put(Kind.TEXT, List.of("title", "name", "description", "notes", "slug", "email", "phone",
                "website_url", "label", "summary", "reference_code", "external_id", "locale", "timezone", "color",
                "subject", "body", "address_line", "city", "postal_code", "source", "channel", "reason", "headline",
                "display_name", "instructions", "icon"));
        COLUMN_NAMES.put(Kind.VARCHAR, List.of("code", "short_name", "sku", "country_code", "currency_code",
                "handle", "vat_number", "iban_last4", "region_code"));
        COLUMN_NAMES.put(Kind.INT, List.of("position", "quantity", "priority", "retry_count", "seats", "attempts",
                "duration_minutes", "sort_order", "revision", "score_points", "capacity", "max_members"));
        COLUMN_NAMES.put(Kind.BIGINT, List.of("external_number", "bytes_used", "view_count", "click_count"));
        COLUMN_NAMES.put(Kind.NUMERIC, List.of("amount", "unit_price", "balance", "discount", "tax_amount", "score",
                "weight_kg", "rate", "budget", "cost"));
        COLUMN_NAMES.put(Kind.BOOL, List.of("is_active", "is_archived", "is_public", "is_verified", "is_default",
                "enabled", "is_pinned", "requires_review", "is_billable", "is_internal"));
        COLUMN_NAMES.put(Kind.TIMESTAMPTZ, List.of("published_at", "archived_at", "starts_at", "ends_at", "due_at",
                "last_seen_at", "completed_at", "cancelled_at", "expires_at", "synced_at", "reviewed_at",
                "sent_at"));
        COLUMN_NAMES.put(Kind.TIMESTAMP, List.of("scheduled_for", "imported_at", "legacy_created", "legacy_updated"));
        COLUMN_NAMES.put(Kind.DATE, List.of("effective_date", "period_start", "period_end", "birth_date",
                "renewal_date", "start_date", "end_date"));
        COLUMN_NAMES.put(Kind.JSONB, List.of("metadata", "settings", "payload", "preferences", "config",
                "raw_response", "extra"));
        COLUMN_NAMES.put(Kind.UUID, List.of("external_ref", "correlation_id", "request_id", "import_batch_id"));
        COLUMN_NAMES.put(Kind.TEXT_ARRAY, List.of("tags", "aliases", "scopes", "labels", "keywords"));
        COLUMN_NAMES.put(Kind.ENUM, List.of("status"));
    }

    static final List<List<String>> ENUM_VALUE_SETS = List.of(
            List.of("draft", "active", "archived"),
            List.of("pending", "processing", "completed", "failed"),
            List.of("open", "in_progress", "resolved", "closed"),
            List.of("low", "medium", "high", "urgent"),
            List.of("private", "team", "public"),
            List.of("trialing", "active", "past_due", "canceled"),
            List.of("requested", "approved", "rejected"));
    static final List<String> ENUM_CONCEPTS = List.of("status", "stage", "priority_level", "visibility", "state");
    static final List<String> EXTRA_ENUM_VALUES = List.of("on_hold", "escalated", "expired", "suspended", "queued",
            "scheduled", "blocked", "critical", "internal", "refunded", "disputed", "snoozed", "deferred",
            "waiting_on_customer", "needs_review", "superseded");
    static final List<String> VERBS = List.of("archive", "restore", "publish", "approve", "close", "reopen",
            "assign", "touch", "sync", "recalculate", "duplicate", "lock", "unlock", "submit", "cancel", "complete",
            "escalate", "merge", "transfer", "reindex");
    static final List<String> AUTHORS = List.of("alice", "bruno", "chen", "dana", "emeka", "farah", "gus", "hana",
            "ivan", "jules");

    private Names() {
    }

    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("sses") || plural.endsWith("xes") || plural.endsWith("ches")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s") && !plural.endsWith("ss")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural;
    }

    /** Keeps identifiers under Postgres' 63-byte limit without making two different names equal. */
    static String ident(String name) {
        if (name.length() <= 60) {
            return name;
        }
        return name.substring(0, 50) + "_" + Integer.toHexString(name.hashCode());
    }

    static String words(String identifier) {
        return identifier.replace('_', ' ');
    }
}

/** Random choices and SQL literals, all driven by the one seeded Random. */
final class Dice {
    final Random rnd;
    private int counter;

    Dice(Random rnd) {
        this.rnd = rnd;
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    int between(int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    int next() {
        return ++counter;
    }

    String typeFor(Kind kind) {
        return switch (kind) {
            case TEXT -> "text";
            case VARCHAR -> "varchar(" + pick(List.of(32, 64, 120, 255)) + ")";
            case INT -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> pick(List.of("numeric(12,2)", "numeric(10,2)", "numeric(14,4)"));
            case BOOL -> "boolean";
            case TIMESTAMPTZ -> "timestamptz";
            case TIMESTAMP -> "timestamp";
            case DATE -> "date";
            case JSONB -> "jsonb";
            case UUID -> "uuid";
            case TEXT_ARRAY -> "text[]";
            case ENUM -> throw new IllegalStateException("enum types come from the schema");
        };
    }

    String defaultFor(Column c) {
        return switch (c.kind) {
            case TEXT, VARCHAR -> "''";
            case INT, BIGINT, NUMERIC -> "0";
            case BOOL -> chance(0.7) ? "false" : "true";
            case TIMESTAMPTZ, TIMESTAMP -> "now()";
            case DATE -> "current_date";
            case JSONB -> "'{}'::jsonb";
            case UUID -> "gen_random_uuid()";
            case TEXT_ARRAY -> "'{}'::text[]";
            case ENUM -> "'" + c.enumType.values.get(0) + "'";
        };
    }

    /** A value that satisfies every CHECK this generator writes and never repeats for text columns. */
    String literal(Column c) {
        return switch (c.kind) {
            case TEXT -> "'" + pick(List.of("Starter", "Growth", "Scale", "Enterprise", "Basic", "Pro", "Team",
                    "O'Brien & Co", "Nordic", "Acme")).replace("'", "''") + " " + next() + "'";
            case VARCHAR -> "'C" + next() + "'";
            case INT, BIGINT -> Integer.toString(between(0, 1000));
            case NUMERIC -> between(0, 999) + "." + between(10, 99);
            case BOOL -> chance(0.5) ? "true" : "false";
            case TIMESTAMPTZ -> String.format(Locale.ROOT, "'202%d-%02d-%02d %02d:00:00+00'", between(1, 4),
                    between(1, 12), between(1, 28), between(0, 23));
            case TIMESTAMP -> String.format(Locale.ROOT, "'202%d-%02d-%02d 08:30:00'", between(1, 4),
                    between(1, 12), between(1, 28));
            case DATE -> String.format(Locale.ROOT, "'202%d-%02d-%02d'", between(1, 4), between(1, 12),
                    between(1, 28));
            case JSONB -> "'{\"source\": \"seed\", \"rank\": " + between(1, 99) + "}'";
            case UUID -> "gen_random_uuid()";
            case TEXT_ARRAY -> "ARRAY['" + pick(List.of("core", "beta", "eu", "us")) + "', 'v" + between(1, 9) + "']";
            case ENUM -> "'" + pick(c.enumType.values) + "'";
        };
    }

    /** The value written into NULL rows before SET NOT NULL; keeps unique text columns unique. */
    String backfill(Column c) {
        return switch (c.kind) {
            case TEXT, VARCHAR -> "'legacy-' || id::text";
            case TEXT_ARRAY -> "'{}'::text[]";
            default -> defaultFor(c);
        };
    }

    static String checkFor(Column c) {
        return switch (c.kind) {
            case TEXT, VARCHAR -> "char_length(" + c.name + ") <= 500";
            case INT, BIGINT, NUMERIC -> c.name + " >= 0";
            case DATE -> c.name + " >= DATE '2000-01-01'";
            default -> null;
        };
    }
}

// ---------------------------------------------------------------------------------------------
// The history: one method per kind of migration file.
// ---------------------------------------------------------------------------------------------

final class HistoryGenerator {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Relative frequency of each kind of migration file, as in a multi-year product history. */
    private enum FileKind {
        FEATURE(25), ALTER_COLUMNS(17), CONSTRAINTS(6), CONCURRENT_INDEX(6), INDEX(4), RLS(6), FUNCTIONS(27),
        TRIGGERS(3), VIEWS(5), NEW_ENUM(2), ENUM_VALUES(2), GRANTS(3), SEED(7), RENAME_TABLE(2), DO_BLOCKS(2),
        COMMENTS(6), DATA_FIX(6), DROP_OBJECTS(1);

        final int weight;

        FileKind(int weight) {
            this.weight = weight;
        }
    }

    private final Dice dice;
    private final Schema db = new Schema();
    private final Routines routines;
    private LocalDateTime clock = LocalDateTime.of(2021, 3, 1, 9, 12, 0);
    private int ticket = 100;

    HistoryGenerator(Random rnd) {
        this.dice = new Dice(rnd);
        this.routines = new Routines(dice, db);
    }

    private final Map<String, long[]> mix = new java.util.TreeMap<>();

    List<Migration> generate(int files) {
        List<Migration> history = new ArrayList<>();
        history.add(emit("SETUP", this::platformSetup));
        history.add(emit("SETUP", this::profiles));
        Set<Integer> syncs = Set.of(files / 4, files / 2, files * 3 / 4, files * 19 / 20);
        while (history.size() < files) {
            if (syncs.contains(history.size())) {
                history.add(emit("REMOTE_SCHEMA", this::remoteSchemaSync));
                continue;
            }
            FileKind kind = pickKind();
            Migration m = emit(kind.name(), s -> write(kind, s));
            history.add(m != null ? m : emit(FileKind.FEATURE.name(), this::feature));
        }
        return history;
    }

    /** Files, statements and bytes per kind of file, for --stats. */
    Map<String, long[]> mix() {
        return mix;
    }

    private FileKind pickKind() {
        int total = 0;
        for (FileKind k : FileKind.values()) {
            total += k.weight;
        }
        int roll = dice.rnd.nextInt(total);
        for (FileKind k : FileKind.values()) {
            roll -= k.weight;
            if (roll < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Writes one file of the given kind; null (and nothing written) when the schema has no fitting object yet. */
    private String write(FileKind kind, Script s) {
        return switch (kind) {
            case FEATURE -> feature(s);
            case ALTER_COLUMNS -> alterColumns(s);
            case CONSTRAINTS -> constraints(s);
            case CONCURRENT_INDEX -> concurrentIndexes(s);
            case INDEX -> indexes(s);
            case RLS -> rls(s);
            case FUNCTIONS -> functions(s);
            case TRIGGERS -> triggers(s);
            case VIEWS -> views(s);
            case NEW_ENUM -> newEnum(s);
            case ENUM_VALUES -> enumValues(s);
            case GRANTS -> grants(s);
            case SEED -> seed(s);
            case RENAME_TABLE -> renameTable(s);
            case DO_BLOCKS -> doBlocks(s);
            case COMMENTS -> comments(s);
            case DATA_FIX -> dataFix(s);
            case DROP_OBJECTS -> dropObjects(s);
        };
    }

    private Migration emit(String kind, Function<Script, String> writer) {
        Script body = new Script();
        String description = writer.apply(body);
        if (description == null) {
            return null;
        }
        db.commitPendingEnumValues();
        clock = clock.plusMinutes(dice.between(40, 3700)).withSecond(dice.between(0, 59));
        String header = "-- " + Names.words(description) + "\n-- author: " + dice.pick(Names.AUTHORS)
                + ", ticket: ENG-" + (ticket += dice.between(1, 9)) + "\n" + notes(kind, body) + "\n";
        Migration m = new Migration(clock.format(VERSION), Names.ident(description), header + body.text(),
                body.statements, body.transactional);
        long[] n = mix.computeIfAbsent(kind, k -> new long[3]);
        n[0]++;
        n[1] += m.statements();
        n[2] += m.sql().getBytes(StandardCharsets.UTF_8).length;
        return m;
    }

    private static final List<String> CONTEXT = List.of(
            "Requested by the customer success team after several support tickets about this screen.",
            "Part of the Q%d roadmap item; the API change ships in the same release.",
            "Follow-up to the incident review: make the data model say what the code already assumes.",
            "Needed by the mobile app v%d, which reads this through PostgREST.",
            "Cleans up after the prototype; nothing outside the app reads these objects.",
            "Prepares the reporting export; analytics reads through the service role only.",
            "Keeps the schema in line with the domain model agreed in the design review.");
    private static final List<String> ROLLOUT = List.of(
            "Rollout: safe to run during business hours, touches small tables only.",
            "Rollout: run after the backend deploy, the old code ignores the new objects.",
            "Rollout: needs the maintenance window if the table has grown; checked sizes in staging.",
            "Rollout: idempotent where possible, so a re-run after a partial failure is safe.",
            "Rollout: no backfill needed, defaults cover existing rows.");
    private static final List<String> ROLLBACK = List.of(
            "Rollback: revert the release first, then drop what this file added.",
            "Rollback: a follow-up migration; never edit this file after it has shipped.",
            "Rollback: not needed, the change is additive.",
            "Rollback: restore from the point-in-time backup taken before the release.");

    /** The paragraph people write at the top of a migration: why, how it rolls out, how to undo it. */
    private String notes(String kind, Script body) {
        if (dice.chance(0.25)) {
            return "";
        }
        StringBuilder sb = new StringBuilder("--\n-- ").append(String.format(Locale.ROOT, dice.pick(CONTEXT), dice.between(1, 4)))
                .append('\n');
        if (!body.transactional) {
            sb.append("-- Runs outside a transaction (see the .conf file): CONCURRENTLY cannot run inside one.\n");
        }
        if (dice.chance(0.7)) {
            sb.append("-- ").append(dice.pick(ROLLOUT)).append('\n');
        }
        if (dice.chance(0.6)) {
            sb.append("-- ").append(dice.pick(ROLLBACK)).append('\n');
        }
        if (kind.equals("FUNCTIONS") && dice.chance(0.5)) {
            sb.append("-- Callers: the web app through supabase.rpc(); keep the signature stable, clients pin it.\n");
        }
        return sb.toString();
    }

    // ----- fixed start of the history -------------------------------------------------------

    private String platformSetup(Script s) {
        for (String ext : List.of("pgcrypto", "pg_trgm", "citext", "moddatetime")) {
            s.stmt("CREATE EXTENSION IF NOT EXISTS %s WITH SCHEMA extensions", ext);
        }
        s.stmt("GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role");
        s.stmt("""
                CREATE TABLE public.audit_log (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    table_name text NOT NULL,
                    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
                    row_data jsonb,
                    old_data jsonb,
                    changed_by uuid,
                    changed_at timestamptz NOT NULL DEFAULT now()
                )""");
        s.stmt("ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY");
        s.stmt("CREATE POLICY \"Service role reads the audit log\" ON public.audit_log FOR SELECT TO service_role USING (true)");
        s.stmt("REVOKE ALL ON TABLE public.audit_log FROM anon, authenticated");
        s.stmt("CREATE INDEX idx_audit_log_table_changed ON public.audit_log (table_name, changed_at DESC)");
        s.stmt("""
                CREATE OR REPLACE FUNCTION public.set_updated_at()
                RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    NEW.updated_at := now();
                    RETURN NEW;
                END;
                $$""");
        s.stmt("""
                CREATE OR REPLACE FUNCTION public.audit_row_change()
                RETURNS trigger
                LANGUAGE plpgsql
                SECURITY DEFINER
                SET search_path = ''
                AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        INSERT INTO public.audit_log (table_name, operation, row_data, old_data, changed_by)
                        VALUES (TG_TABLE_NAME, TG_OP, NULL, to_jsonb(OLD), auth.uid());
                        RETURN OLD;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO public.audit_log (table_name, operation, row_data, old_data, changed_by)
                        VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), to_jsonb(OLD), auth.uid());
                    ELSE
                        INSERT INTO public.audit_log (table_name, operation, row_data, old_data, changed_by)
                        VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), NULL, auth.uid());
                    END IF;
                    RETURN NEW;
                END;
                $$""");
        s.stmt("COMMENT ON FUNCTION public.audit_row_change() IS 'Generic row audit trigger: writes one audit_log row per change.'");
        db.relationNames.add("audit_log");
        db.routineNames.addAll(List.of("set_updated_at", "audit_row_change"));
        return "initial_platform_setup";
    }

    private String profiles(Script s) {
        Table t = new Table("profiles", Table.Role.OWNED, "uuid");
        t.renamable = false;
        Column id = addColumn(t, "id", Kind.UUID, "uuid");
        id.pinned = true;
        id.notNull = true;
        t.owner = id;
        Column username = addColumn(t, "username", Kind.TEXT, "text");
        username.pinned = true;
        username.indexed = true;
        for (String name : List.of("full_name", "avatar_url", "website")) {
            addColumn(t, name, Kind.TEXT, "text");
        }
        addTimestamps(t);
        s.stmt("""
                CREATE TABLE public.profiles (
                    id uuid NOT NULL PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
                    username text UNIQUE,
                    full_name text,
                    avatar_url text,
                    website text,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    updated_at timestamptz NOT NULL DEFAULT now(),
                    CONSTRAINT username_length CHECK (char_length(username) >= 3)
                )""");
        s.stmt("ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY");
        s.stmt("CREATE POLICY \"Public profiles are viewable by everyone.\" ON public.profiles FOR SELECT USING (true)");
        s.stmt("CREATE POLICY \"Users can insert their own profile.\" ON public.profiles FOR INSERT WITH CHECK ((SELECT auth.uid()) = id)");
        s.stmt("CREATE POLICY \"Users can update own profile.\" ON public.profiles FOR UPDATE USING ((SELECT auth.uid()) = id)");
        t.policies.addAll(List.of("Public profiles are viewable by everyone.", "Users can insert their own profile.",
                "Users can update own profile."));
        t.rls = true;
        s.stmt("""
                CREATE OR REPLACE FUNCTION public.handle_new_user()
                RETURNS trigger
                LANGUAGE plpgsql
                SECURITY DEFINER
                SET search_path = ''
                AS $$
                BEGIN
                    INSERT INTO public.profiles (id, full_name, avatar_url)
                    VALUES (NEW.id, NEW.raw_user_meta_data ->> 'full_name', NEW.raw_user_meta_data ->> 'avatar_url');
                    RETURN NEW;
                END;
                $$""");
        s.stmt("CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user()");
        s.stmt("CREATE TRIGGER set_profiles_updated_at BEFORE UPDATE ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()");
        t.triggers.add("set_profiles_updated_at");
        s.stmt("GRANT SELECT ON TABLE public.profiles TO anon, authenticated");
        s.stmt("GRANT UPDATE (username, full_name, avatar_url, website) ON public.profiles TO authenticated");
        s.stmt("COMMENT ON TABLE public.profiles IS 'Public profile of each auth user, created by the on_auth_user_created trigger.'");
        db.routineNames.add("handle_new_user");
        register(t);
        return "create_profiles";
    }

    /** What `supabase db pull` leaves behind: owner and grant statements for every object of the schema. */
    private String remoteSchemaSync(Script s) {
        for (Table t : db.tables) {
            s.stmt("ALTER TABLE %s OWNER TO \"postgres\"", diffName(t));
        }
        for (View v : db.views) {
            s.stmt("ALTER VIEW \"public\".\"%s\" OWNER TO \"postgres\"", v.name);
        }
        List<String> functions = new ArrayList<>(List.of("\"public\".\"set_updated_at\"()",
                "\"public\".\"audit_row_change\"()", "\"public\".\"handle_new_user\"()"));
        db.routines.forEach(r -> functions.add("\"public\".\"" + r.name + "\"(" + r.argTypes.replace(", ", ", ") + ")"));
        for (String f : functions) {
            s.stmt("ALTER FUNCTION %s OWNER TO \"postgres\"", f);
        }
        s.stmt("GRANT USAGE ON SCHEMA \"public\" TO \"postgres\"");
        for (String role : List.of("anon", "authenticated", "service_role")) {
            s.stmt("GRANT USAGE ON SCHEMA \"public\" TO \"%s\"", role);
            for (String f : functions) {
                s.stmt("GRANT ALL ON FUNCTION %s TO \"%s\"", f, role);
            }
            for (Table t : db.tables) {
                s.stmt("GRANT ALL ON TABLE %s TO \"%s\"", diffName(t), role);
            }
            for (View v : db.views) {
                s.stmt("GRANT ALL ON TABLE \"public\".\"%s\" TO \"%s\"", v.name, role);
            }
            s.stmt("GRANT ALL ON ALL SEQUENCES IN SCHEMA \"public\" TO \"%s\"", role);
        }
        for (String role : List.of("postgres", "anon", "authenticated", "service_role")) {
            s.stmt("ALTER DEFAULT PRIVILEGES FOR ROLE \"postgres\" IN SCHEMA \"public\" GRANT ALL ON TABLES TO \"%s\"", role);
        }
        return "remote_schema";
    }

    // ----- FEATURE: new tables with everything a feature ships -------------------------------

    private String feature(Script s) {
        int count = dice.chance(0.55) ? 1 : dice.chance(0.75) ? 2 : 3;
        List<Table> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Table parent = i > 0 && created.get(0).role == Table.Role.OWNED ? created.get(0) : null;
            created.add(createTable(s, parent));
        }
        return "create_" + created.get(0).name + (count > 1 ? "_and_related" : "");
    }

    /** One column of a CREATE TABLE with the constraints written beside it. */
    private record ColumnSpec(Column column, String identity, boolean primaryKey, boolean unique, String references,
                              String check) {
        static ColumnSpec plain(Column c) {
            return new ColumnSpec(c, null, false, false, null, null);
        }
    }

    private Table createTable(Script s, Table forcedParent) {
        List<Table> owners = db.tables(Table.Role.OWNED);
        Table.Role role;
        if (forcedParent != null) {
            role = Table.Role.CHILD;
        } else if (db.tables(Table.Role.LOOKUP).size() < 3 || dice.chance(0.12)) {
            role = Table.Role.LOOKUP;
        } else if (!owners.isEmpty() && dice.chance(0.45)) {
            role = Table.Role.CHILD;
        } else {
            role = Table.Role.OWNED;
        }
        String name = newTableName(role == Table.Role.LOOKUP ? Names.LOOKUP_NOUNS : Names.NOUNS);
        String pkType = role == Table.Role.LOOKUP || dice.chance(0.6) ? "bigint" : "uuid";
        Table t = new Table(name, role, pkType);
        String statusConcept = dice.pick(Names.ENUM_CONCEPTS);
        EnumType statusType = role != Table.Role.LOOKUP && dice.chance(0.3)
                ? createEnum(s, t.singular(), statusConcept) : null;

        List<ColumnSpec> specs = new ArrayList<>();
        Column id = addColumn(t, "id", pkType.equals("uuid") ? Kind.UUID : Kind.BIGINT, pkType);
        id.pinned = true;
        id.notNull = true;
        if (pkType.equals("uuid")) {
            id.defaultSql = "gen_random_uuid()";
            specs.add(new ColumnSpec(id, null, true, false, null, null));
        } else {
            specs.add(new ColumnSpec(id, dice.chance(0.7) ? "ALWAYS" : "BY DEFAULT", true, false, null, null));
        }
        if (role == Table.Role.OWNED) {
            Column owner = addColumn(t, "user_id", Kind.UUID, "uuid");
            owner.pinned = true;
            owner.notNull = true;
            owner.defaultSql = dice.chance(0.5) ? "auth.uid()" : null;
            t.owner = owner;
            specs.add(new ColumnSpec(owner, null, false, false, "auth.users (id) ON DELETE CASCADE", null));
        } else if (role == Table.Role.CHILD) {
            Table parent = forcedParent != null ? forcedParent : dice.pick(owners);
            Column fk = addFk(t, parent);
            fk.notNull = true;
            t.parent = parent;
            t.parentFk = fk;
            specs.add(new ColumnSpec(fk, null, false, false, parent.q() + " (id) ON DELETE CASCADE", null));
        }
        List<Table> lookups = db.tables(Table.Role.LOOKUP);
        if (role != Table.Role.LOOKUP && !lookups.isEmpty() && dice.chance(0.4)) {
            Table lookup = dice.pick(lookups);
            specs.add(new ColumnSpec(addFk(t, lookup), null, false, false, lookup.q() + " (id) ON DELETE SET NULL", null));
        }
        if (role == Table.Role.LOOKUP) {
            Column code = addColumn(t, "code", Kind.VARCHAR, "varchar(32)");
            code.notNull = true;
            code.indexed = true;
            specs.add(new ColumnSpec(code, null, false, true, null, null));
            Column label = addColumn(t, "name", Kind.TEXT, "text");
            label.notNull = true;
            specs.add(ColumnSpec.plain(label));
        }
        for (int i = dice.between(3, 10); i > 0; i--) {
            Column c = newColumn(t);
            c.notNull = dice.chance(0.45);
            if (c.notNull || dice.chance(0.3)) {
                c.defaultSql = dice.defaultFor(c);
            }
            if (role == Table.Role.LOOKUP && c.notNull && c.defaultSql == null) {
                c.notNull = false;
            }
            String check = Dice.checkFor(c);
            c.checked = check != null && dice.chance(0.25);
            specs.add(new ColumnSpec(c, null, false, false, null, c.checked ? check : null));
        }
        if (statusType != null) {
            Column status = addColumn(t, uniqueColumnName(t, statusConcept), Kind.ENUM, "public." + statusType.name);
            status.enumType = statusType;
            status.notNull = true;
            status.defaultSql = dice.defaultFor(status);
            specs.add(ColumnSpec.plain(status));
        }
        addTimestamps(t);
        specs.add(ColumnSpec.plain(t.column("created_at")));
        specs.add(ColumnSpec.plain(t.column("updated_at")));
        Column slug = firstOfKind(t, Kind.TEXT, false);
        List<Column> tableUnique = List.of();
        if (role == Table.Role.OWNED && slug != null && dice.chance(0.25)) {
            slug.indexed = true;
            tableUnique = List.of(t.owner, slug);
        }
        boolean rls = role != Table.Role.LOOKUP || dice.chance(0.7);
        boolean diffStyle = dice.chance(0.5);
        register(t);
        if (diffStyle) {
            writeDiffStyle(s, t, specs, tableUnique, rls);
        } else {
            writeClassicStyle(s, t, specs, tableUnique, rls);
        }
        if (dice.chance(0.85)) {
            updatedAtTrigger(s, t);
        }
        if (dice.chance(0.3)) {
            auditTrigger(s, t);
        }
        List<Column> documented = new ArrayList<>(t.columns);
        java.util.Collections.shuffle(documented, dice.rnd);
        for (Column c : documented.subList(0, dice.chance(0.45) ? documented.size() : dice.between(0, 4))) {
            commentColumn(s, t, c);
        }
        return t;
    }

    /** The hand-written style: constraints inline, one GRANT per role group. */
    private void writeClassicStyle(Script s, Table t, List<ColumnSpec> specs, List<Column> tableUnique, boolean rls) {
        List<String> defs = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            Column c = spec.column();
            StringBuilder def = new StringBuilder(c.name).append(' ').append(c.type);
            if (spec.identity() != null) {
                def.append(" GENERATED ").append(spec.identity()).append(" AS IDENTITY");
            } else if (c.notNull && !spec.primaryKey()) {
                def.append(" NOT NULL");
            }
            if (c.defaultSql != null) {
                def.append(" DEFAULT ").append(c.defaultSql);
            }
            if (spec.primaryKey()) {
                def.append(" PRIMARY KEY");
                db.relationNames.add(t.name + "_pkey");
            }
            if (spec.unique()) {
                def.append(" UNIQUE");
                db.relationNames.add(t.name + "_" + c.name + "_key");
            }
            if (spec.references() != null) {
                def.append(" REFERENCES ").append(spec.references());
            }
            if (spec.check() != null) {
                def.append(" CHECK (").append(spec.check()).append(')');
            }
            defs.add(def.toString());
        }
        if (!tableUnique.isEmpty()) {
            String name = constraintName(t, "uq_" + t.name + "_" + columnNames(tableUnique, "_"));
            db.relationNames.add(name);
            defs.add("CONSTRAINT " + name + " UNIQUE (" + columnNames(tableUnique, ", ") + ")");
        }
        s.stmt("CREATE TABLE " + t.q() + " (\n    " + String.join(",\n    ", defs) + "\n)");
        if (dice.chance(0.8)) {
            s.stmt("COMMENT ON TABLE %s IS %s", t.q(), quote(tableComment(t)));
        }
        for (Column c : List.copyOf(t.columns)) {
            if (c.references != null && dice.chance(0.85)) {
                createIndex(s, t, List.of(c), false, false);
            }
        }
        for (int i = dice.between(0, 2); i > 0; i--) {
            randomIndex(s, t, false);
        }
        if (rls) {
            enableRls(s, t);
            createPolicies(s, t);
        }
        grantTable(s, t);
    }

    /** The style `supabase db diff` writes: quoted names, constraints added after the table, one GRANT per privilege. */
    private void writeDiffStyle(Script s, Table t, List<ColumnSpec> specs, List<Column> tableUnique, boolean rls) {
        String table = diffName(t);
        List<String> defs = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            Column c = spec.column();
            StringBuilder def = new StringBuilder("\"").append(c.name).append("\" ").append(c.type);
            if (spec.identity() != null) {
                def.append(" generated ").append(spec.identity().toLowerCase(Locale.ROOT)).append(" as identity");
            }
            if (c.defaultSql != null) {
                def.append(" default ").append(c.defaultSql);
            }
            if (c.notNull) {
                def.append(" not null");
            }
            defs.add(def.toString());
        }
        s.stmt("create table " + table + " (\n    " + String.join(",\n    ", defs) + "\n)");
        if (rls) {
            s.stmt("alter table %s enable row level security", table);
            t.rls = true;
        }
        List<String> constraints = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            Column c = spec.column();
            if (spec.primaryKey()) {
                uniqueViaIndex(s, t, relationName(t.name + "_pkey"), "PRIMARY KEY", List.of(c), constraints);
            }
            if (spec.unique()) {
                uniqueViaIndex(s, t, relationName(t.name + "_" + c.name + "_key"), "UNIQUE", List.of(c), constraints);
            }
        }
        if (!tableUnique.isEmpty()) {
            uniqueViaIndex(s, t, relationName(t.name + "_" + columnNames(tableUnique, "_") + "_key"), "UNIQUE",
                    tableUnique, constraints);
        }
        for (Column c : t.columns) {
            if (c.references != null && dice.chance(0.7)) {
                String index = relationName(t.name + "_" + c.name + "_idx");
                s.stmt("CREATE INDEX %s ON public.%s USING btree (%s)", index, t.name, c.name);
                db.relationNames.add(index);
                c.indexed = true;
                t.indexes.add(new Index(index, new ArrayList<>(List.of(c))));
            }
        }
        for (String constraint : constraints) {
            s.stmt(constraint);
        }
        for (ColumnSpec spec : specs) {
            Column c = spec.column();
            if (spec.references() != null) {
                String name = constraintName(t, t.name + "_" + c.name + "_fkey");
                String target = spec.references().replace(" (id)", "(id)");
                s.stmt("alter table %s add constraint \"%s\" FOREIGN KEY (%s) REFERENCES %s not valid", table, name, c.name, target);
                s.stmt("alter table %s validate constraint \"%s\"", table, name);
            }
            if (spec.check() != null) {
                String name = constraintName(t, t.name + "_" + c.name + "_check");
                s.stmt("alter table %s add constraint \"%s\" CHECK ((%s)) not valid", table, name, spec.check());
                s.stmt("alter table %s validate constraint \"%s\"", table, name);
            }
        }
        diffGrants(s, t);
        if (rls) {
            createPolicies(s, t);
        }
    }

    private void uniqueViaIndex(Script s, Table t, String name, String kind, List<Column> cols, List<String> constraints) {
        s.stmt("CREATE UNIQUE INDEX %s ON public.%s USING btree (%s)", name, t.name, columnNames(cols, ", "));
        db.relationNames.add(name);
        t.usedConstraintNames.add(name);
        constraints.add(String.format(Locale.ROOT, "alter table %s add constraint \"%s\" %s using index \"%s\"",
                diffName(t), name, kind, name));
    }

    /** The 21 statements `supabase db diff` writes for a new table: every privilege for every API role. */
    private void diffGrants(Script s, Table t) {
        for (String role : List.of("anon", "authenticated", "service_role")) {
            for (String privilege : List.of("delete", "insert", "references", "select", "trigger", "truncate", "update")) {
                s.stmt("grant %s on table %s to \"%s\"", privilege, diffName(t), role);
            }
        }
    }

    private static String diffName(Table t) {
        return "\"public\".\"" + t.name + "\"";
    }

    private static String columnNames(List<Column> cols, String separator) {
        return cols.stream().map(c -> c.name).collect(Collectors.joining(separator));
    }

    private Column addFk(Table t, Table target) {
        Column fk = addColumn(t, uniqueColumnName(t, target.singular() + "_id"),
                target.pkType.equals("uuid") ? Kind.UUID : Kind.BIGINT, target.pkType);
        fk.pinned = true;
        fk.references = target;
        target.dependents++;
        return fk;
    }

    private void addTimestamps(Table t) {
        for (String name : List.of("created_at", "updated_at")) {
            Column c = addColumn(t, name, Kind.TIMESTAMPTZ, "timestamptz");
            c.notNull = true;
            c.defaultSql = "now()";
            c.pinned = true;
        }
    }

    private void register(Table t) {
        db.tables.add(t);
        db.relationNames.add(t.name);
    }

    // ----- ALTER_COLUMNS -------------------------------------------------------------------------

    private String alterColumns(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        Table first = dice.pick(db.tables);
        int tables = dice.chance(0.7) ? 1 : dice.between(2, 3);
        String what = "";
        for (int i = 0; i < tables; i++) {
            Table t = i == 0 ? first : dice.pick(db.tables);
            int ops = dice.between(1, 6);
            for (int op = 0; op < ops; op++) {
                String done = alterOnce(s, t);
                if (what.isEmpty() && done != null) {
                    what = done;
                }
            }
        }
        if (what.isEmpty()) {
            addColumns(s, first);
            what = "add_columns";
        }
        return what + "_" + first.name;
    }

    private String alterOnce(Script s, Table t) {
        int roll = dice.between(1, 100);
        if (roll <= 32) {
            addColumns(s, t);
            return "add_columns_to";
        } else if (roll <= 42) {
            return dropColumn(s, t) ? "drop_column_from" : null;
        } else if (roll <= 52) {
            return renameColumn(s, t) ? "rename_column_in" : null;
        } else if (roll <= 64) {
            return changeType(s, t) ? "change_column_type_in" : null;
        } else if (roll <= 75) {
            return setNotNull(s, t) ? "require_column_in" : null;
        } else if (roll <= 80) {
            Column c = pickColumn(t, col -> col.notNull && !col.pinned);
            if (c == null) {
                return null;
            }
            s.stmt("ALTER TABLE %s ALTER COLUMN %s DROP NOT NULL", t.q(), c.name);
            c.notNull = false;
            return "relax_column_in";
        } else if (roll <= 87) {
            Column c = pickColumn(t, col -> !col.pinned && col.defaultSql == null);
            if (c == null) {
                return null;
            }
            c.defaultSql = dice.defaultFor(c);
            s.stmt("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s", t.q(), c.name, c.defaultSql);
            return "set_default_in";
        } else if (roll <= 91) {
            Column c = pickColumn(t, col -> !col.pinned && col.defaultSql != null && !(col.notNull && t.role == Table.Role.LOOKUP));
            if (c == null) {
                return null;
            }
            c.defaultSql = null;
            s.stmt("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT", t.q(), c.name);
            return "drop_default_in";
        } else {
            return addCheck(s, t, dice.chance(0.5)) ? "add_check_to" : null;
        }
    }

    private void addColumns(Script s, Table t) {
        int count = dice.chance(0.6) ? 1 : dice.between(2, 4);
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Column c = newColumn(t);
            if (dice.chance(0.35)) {
                c.notNull = true;
                c.defaultSql = dice.defaultFor(c);
            } else if (dice.chance(0.25)) {
                c.defaultSql = dice.defaultFor(c);
            }
            String check = Dice.checkFor(c);
            String def = c.definition();
            if (check != null && dice.chance(0.15)) {
                c.checked = true;
                def += " CHECK (" + check + ")";
            }
            actions.add("ADD COLUMN " + (dice.chance(0.3) ? "IF NOT EXISTS " : "") + def);
        }
        if (actions.size() > 1 && dice.chance(0.5)) {
            s.stmt("ALTER TABLE " + t.q() + "\n    " + String.join(",\n    ", actions));
        } else {
            for (String action : actions) {
                s.stmt("ALTER TABLE %s %s", t.q(), action);
            }
        }
        if (dice.chance(0.3)) {
            commentColumn(s, t, t.columns.get(t.columns.size() - 1));
        }
    }

    private boolean dropColumn(Script s, Table t) {
        Column c = pickColumn(t, col -> !col.pinned);
        if (c == null) {
            return false;
        }
        s.stmt("ALTER TABLE %s DROP COLUMN %s%s", t.q(), dice.chance(0.5) ? "IF EXISTS " : "", c.name);
        t.columns.remove(c);
        t.indexes.removeIf(ix -> ix.columns.contains(c));
        return true;
    }

    private boolean renameColumn(Script s, Table t) {
        Column c = pickColumn(t, col -> !col.pinned && col.kind != Kind.ENUM);
        if (c == null) {
            return false;
        }
        String newName = freshColumnName(t, c.kind);
        s.stmt("ALTER TABLE %s RENAME COLUMN %s TO %s", t.q(), c.name, newName);
        c.name = newName;
        return true;
    }

    private boolean changeType(Script s, Table t) {
        Column c = pickColumn(t, col -> !col.pinned && typeChangeFor(col) != null);
        if (c == null) {
            return false;
        }
        TypeChange change = typeChangeFor(c);
        if (change.dropDefaultFirst() && c.defaultSql != null) {
            s.stmt("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT", t.q(), c.name);
        }
        s.stmt("ALTER TABLE %s ALTER COLUMN %s TYPE %s%s", t.q(), c.name, change.type(),
                change.using() == null ? "" : " USING " + change.using().replace("{c}", c.name));
        boolean hadDefault = c.defaultSql != null;
        c.kind = change.kind();
        c.type = change.type();
        if (change.dropDefaultFirst() && hadDefault) {
            c.defaultSql = dice.defaultFor(c);
            s.stmt("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s", t.q(), c.name, c.defaultSql);
        }
        return true;
    }

    private record TypeChange(Kind kind, String type, String using, boolean dropDefaultFirst) {
    }

    /** Type changes that keep this column's CHECKs, defaults and indexes valid, or null. */
    private static TypeChange typeChangeFor(Column c) {
        boolean free = !c.checked && !c.indexed && c.defaultSql == null;
        return switch (c.kind) {
            case INT -> free ? new TypeChange(Kind.TEXT, "text", "{c}::text", false)
                    : new TypeChange(Kind.BIGINT, "bigint", null, false);
            case VARCHAR -> new TypeChange(Kind.TEXT, "text", null, false);
            case NUMERIC -> c.type.equals("numeric(18,4)") ? null : new TypeChange(Kind.NUMERIC,
                    c.type.equals("numeric(16,4)") ? "numeric(18,4)" : "numeric(16,4)", null, false);
            case TIMESTAMP -> new TypeChange(Kind.TIMESTAMPTZ, "timestamptz", "{c} AT TIME ZONE 'UTC'", false);
            case DATE -> c.indexed ? null : new TypeChange(Kind.TIMESTAMPTZ, "timestamptz", "{c}::timestamptz", false);
            case TEXT -> free ? new TypeChange(Kind.JSONB, "jsonb",
                    "CASE WHEN {c} IS NULL THEN NULL ELSE jsonb_build_object('value', {c}) END", false) : null;
            case BOOL -> c.indexed ? null : new TypeChange(Kind.INT, "integer", "CASE WHEN {c} THEN 1 ELSE 0 END", true);
            case TEXT_ARRAY -> free ? new TypeChange(Kind.JSONB, "jsonb", "to_jsonb({c})", false) : null;
            default -> null;
        };
    }

    private boolean setNotNull(Script s, Table t) {
        Column c = pickColumn(t, col -> !col.notNull && col.references == null);
        if (c == null) {
            return false;
        }
        if (dice.chance(0.25)) {
            s.stmt("""
                    DO $$
                    DECLARE
                        v_rows integer;
                    BEGIN
                        LOOP
                            UPDATE %1$s SET %2$s = %3$s
                            WHERE id IN (SELECT id FROM %1$s WHERE %2$s IS NULL LIMIT 5000);
                            GET DIAGNOSTICS v_rows = ROW_COUNT;
                            EXIT WHEN v_rows = 0;
                        END LOOP;
                    END
                    $$""", t.q(), c.name, dice.backfill(c));
        } else {
            s.stmt("UPDATE %s SET %s = %s WHERE %s IS NULL", t.q(), c.name, dice.backfill(c), c.name);
        }
        if (dice.chance(0.35)) {
            String guard = constraintName(t, "chk_" + t.name + "_" + c.name + "_not_null");
            s.stmt("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s IS NOT NULL) NOT VALID", t.q(), guard, c.name);
            s.stmt("ALTER TABLE %s VALIDATE CONSTRAINT %s", t.q(), guard);
            s.stmt("ALTER TABLE %s ALTER COLUMN %s SET NOT NULL", t.q(), c.name);
            s.stmt("ALTER TABLE %s DROP CONSTRAINT %s", t.q(), guard);
        } else {
            s.stmt("ALTER TABLE %s ALTER COLUMN %s SET NOT NULL", t.q(), c.name);
        }
        c.notNull = true;
        return true;
    }

    private boolean addCheck(Script s, Table t, boolean notValid) {
        Column c = pickColumn(t, col -> !col.checked && Dice.checkFor(col) != null);
        if (c == null) {
            return false;
        }
        String name = constraintName(t, "chk_" + t.name + "_" + c.name);
        s.stmt("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s)%s", t.q(), name, Dice.checkFor(c), notValid ? " NOT VALID" : "");
        if (notValid) {
            s.stmt("ALTER TABLE %s VALIDATE CONSTRAINT %s", t.q(), name);
        }
        c.checked = true;
        return true;
    }

    // ----- CONSTRAINTS -----------------------------------------------------------------------------

    private String constraints(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        Table t = dice.pick(db.tables);
        int ops = dice.between(1, 4);
        String what = null;
        for (int i = 0; i < ops; i++) {
            int roll = dice.between(1, 100);
            if (roll <= 40 && !db.tables(Table.Role.LOOKUP).isEmpty()) {
                Table lookup = dice.pick(db.tables(Table.Role.LOOKUP));
                if (lookup == t) {
                    continue;
                }
                Column fk = addFk(t, lookup);
                String name = constraintName(t, "fk_" + t.name + "_" + fk.name);
                s.stmt("ALTER TABLE %s ADD COLUMN %s", t.q(), fk.definition());
                s.stmt("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (id) ON DELETE SET NULL NOT VALID",
                        t.q(), name, fk.name, lookup.q());
                s.stmt("ALTER TABLE %s VALIDATE CONSTRAINT %s", t.q(), name);
                what = what == null ? "add_foreign_key_to_" + lookup.name : what;
            } else if (roll <= 75) {
                if (addCheck(s, t, dice.chance(0.7)) && what == null) {
                    what = "add_checks";
                }
            } else if (t.rows == 0) {
                Column c = pickColumn(t, col -> !col.indexed && (col.kind == Kind.TEXT || col.kind == Kind.VARCHAR || col.kind == Kind.UUID));
                if (c == null) {
                    continue;
                }
                String name = constraintName(t, "uq_" + t.name + "_" + c.name);
                if (dice.chance(0.5)) {
                    s.stmt("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE (%s)", t.q(), name, c.name);
                } else {
                    String index = relationName(name);
                    s.stmt("CREATE UNIQUE INDEX %s ON %s (%s)", index, t.q(), c.name);
                    s.stmt("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE USING INDEX %s", t.q(), name, index);
                }
                db.relationNames.add(name);
                c.indexed = true;
                what = what == null ? "add_unique_" + c.name : what;
            }
        }
        return what == null ? null : what + "_on_" + t.name;
    }

    // ----- indexes -------------------------------------------------------------------------------------

    private String concurrentIndexes(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        s.transactional = false;
        Table first = dice.pick(db.tables);
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
            Table t = i == 0 ? first : dice.pick(db.tables);
            if (!t.indexes.isEmpty() && dice.chance(0.2)) {
                Index old = dice.pick(t.indexes);
                s.stmt("DROP INDEX CONCURRENTLY IF EXISTS public.%s", old.name);
                t.indexes.remove(old);
            } else {
                randomIndex(s, t, true);
            }
        }
        if (s.statements == 0) {
            randomIndex(s, first, true);
        }
        return "index_" + first.name + "_concurrently";
    }

    private String indexes(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        Table t = dice.pick(db.tables);
        for (int i = dice.between(1, 3); i > 0; i--) {
            if (!t.indexes.isEmpty() && dice.chance(0.2)) {
                Index old = dice.pick(t.indexes);
                s.stmt("DROP INDEX IF EXISTS public.%s", old.name);
                t.indexes.remove(old);
            } else {
                randomIndex(s, t, false);
            }
        }
        return "add_indexes_to_" + t.name;
    }

    private void randomIndex(Script s, Table t, boolean concurrently) {
        Column c = dice.pick(t.columns);
        switch (c.kind) {
            case JSONB -> createIndex(s, t, List.of(c), concurrently, false,
                    "USING gin (" + c.name + (dice.chance(0.5) ? " jsonb_path_ops" : "") + ")", null);
            case TEXT_ARRAY -> createIndex(s, t, List.of(c), concurrently, false, "USING gin (" + c.name + ")", null);
            case TEXT, VARCHAR -> {
                int roll = dice.between(1, 10);
                if (roll <= 3) {
                    createIndex(s, t, List.of(c), concurrently, false,
                            "USING gin (" + c.name + " extensions.gin_trgm_ops)", null);
                } else if (roll <= 5) {
                    createIndex(s, t, List.of(c), concurrently, false, "(lower(" + c.name + "))", null);
                } else if (roll <= 6 && t.rows == 0) {
                    createIndex(s, t, List.of(c), concurrently, true);
                } else {
                    createIndex(s, t, List.of(c), concurrently, false);
                }
            }
            default -> {
                Column created = t.column("created_at");
                if (created != null && c != created && dice.chance(0.3)) {
                    createIndex(s, t, List.of(c, created), concurrently, false,
                            "(" + c.name + ", created_at DESC)", null);
                } else if (dice.chance(0.2)) {
                    Column flag = pickColumn(t, col -> col.kind == Kind.BOOL || col.kind == Kind.TIMESTAMPTZ && col != created && !col.name.equals("updated_at"));
                    String predicate = flag == null ? null
                            : flag.kind == Kind.BOOL ? flag.name : flag.name + " IS NULL";
                    if (flag != null) {
                        flag.pinned = true;
                    }
                    createIndex(s, t, List.of(c), concurrently, false, "(" + c.name + ")", predicate);
                } else {
                    createIndex(s, t, List.of(c), concurrently, false);
                }
            }
        }
    }

    private void createIndex(Script s, Table t, List<Column> cols, boolean concurrently, boolean unique) {
        createIndex(s, t, cols, concurrently, unique,
                "(" + cols.stream().map(c -> c.name).collect(Collectors.joining(", ")) + ")", null);
    }

    private void createIndex(Script s, Table t, List<Column> cols, boolean concurrently, boolean unique,
                             String using, String predicate) {
        String base = (unique ? "uq_" : "idx_") + t.name + "_" + cols.stream().map(c -> c.name).collect(Collectors.joining("_"));
        String name = relationName(base);
        s.stmt("CREATE %sINDEX %s%s%s ON %s %s%s", unique ? "UNIQUE " : "", concurrently ? "CONCURRENTLY " : "",
                dice.chance(0.4) ? "IF NOT EXISTS " : "", name, t.q(), using, predicate == null ? "" : " WHERE " + predicate);
        db.relationNames.add(name);
        cols.forEach(c -> c.indexed = true);
        t.indexes.add(new Index(name, new ArrayList<>(cols)));
    }

    // ----- row level security ---------------------------------------------------------------------------

    private String rls(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        Table t = dice.pick(db.tables);
        if (t.name.equals("profiles")) {
            return null;
        }
        if (!t.rls) {
            enableRls(s, t);
            createPolicies(s, t);
            return "enable_rls_on_" + t.name;
        }
        List<String> existing = new ArrayList<>(t.policies);
        int replace = Math.min(existing.size(), dice.between(1, 4));
        for (int i = 0; i < replace; i++) {
            String old = existing.get(i);
            if (dice.chance(0.3) && t.role != Table.Role.LOOKUP) {
                s.stmt("ALTER POLICY %s ON %s TO authenticated", quoteIdent(old), t.q());
            } else {
                s.stmt("DROP POLICY IF EXISTS %s ON %s", quoteIdent(old), t.q());
                t.policies.remove(old);
            }
        }
        createPolicies(s, t);
        if (dice.chance(0.3)) {
            s.stmt("CREATE POLICY %s ON %s AS PERMISSIVE FOR ALL TO service_role USING (true) WITH CHECK (true)",
                    quoteIdent(policyName(t, "service_role_all")), t.q());
        }
        return "rework_policies_on_" + t.name;
    }

    private void enableRls(Script s, Table t) {
        if (!t.rls) {
            s.stmt("ALTER TABLE %s ENABLE ROW LEVEL SECURITY", t.q());
            t.rls = true;
        }
    }

    private void createPolicies(Script s, Table t) {
        if (t.role == Table.Role.LOOKUP) {
            s.stmt("CREATE POLICY %s ON %s FOR SELECT TO anon, authenticated USING (true)",
                    quoteIdent(policyName(t, "Anyone can read " + Names.words(t.name))), t.q());
            return;
        }
        String predicate = t.ownerPredicate(t.name, "(SELECT auth.uid())");
        boolean prose = dice.chance(0.5);
        for (String command : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
            String name = prose ? "Users can " + switch (command) {
                case "SELECT" -> "view";
                case "INSERT" -> "create";
                case "UPDATE" -> "update";
                default -> "delete";
            } + " their own " + Names.words(t.name) : t.name + "_" + command.toLowerCase(Locale.ROOT) + "_own";
            String clause = switch (command) {
                case "INSERT" -> "WITH CHECK (" + predicate + ")";
                case "UPDATE" -> "USING (" + predicate + ") WITH CHECK (" + predicate + ")";
                default -> "USING (" + predicate + ")";
            };
            s.stmt("CREATE POLICY %s ON %s FOR %s TO authenticated %s", quoteIdent(policyName(t, name)), t.q(), command, clause);
        }
        if (t.parent != null && !t.policiesUseParent) {
            t.policiesUseParent = true;
            t.parent.dependents++;
        }
    }

    private String policyName(Table t, String wanted) {
        String name = Names.ident(wanted);
        for (int i = 2; t.policies.contains(name); i++) {
            name = Names.ident(wanted + " v" + i);
        }
        t.policies.add(name);
        return name;
    }

    // ----- functions, triggers, views --------------------------------------------------------------------

    private String functions(Script s) {
        List<Table> candidates = db.tables;
        if (candidates.isEmpty()) {
            return null;
        }
        List<Routine> replaceable = db.routines.stream()
                .filter(r -> !r.trigger && db.tables.contains(r.table)).toList();
        if (!replaceable.isEmpty() && dice.chance(0.3)) {
            Routine r = dice.pick(replaceable);
            s.stmt(routines.render(r, true));
            if (dice.chance(0.4)) {
                s.stmt("COMMENT ON FUNCTION %s IS %s", r.signature(), quote("Reworked: " + Names.words(r.name) + "."));
            }
            return "update_function_" + r.name;
        }
        String first = null;
        for (int i = dice.chance(0.3) ? 1 : dice.between(2, 6); i > 0; i--) {
            Routine r = routines.create(dice.pick(candidates));
            s.stmt(routines.render(r, dice.chance(0.5)));
            grantFunction(s, r);
            if (dice.chance(0.6)) {
                s.stmt("COMMENT ON FUNCTION %s IS %s", r.signature(), quote(routines.describe(r)));
            }
            first = first == null ? r.name : first;
        }
        return "add_function_" + first;
    }

    private void grantFunction(Script s, Routine r) {
        if (dice.chance(0.7)) {
            s.stmt("REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC, anon", r.signature());
            s.stmt("GRANT EXECUTE ON FUNCTION %s TO authenticated%s", r.signature(), dice.chance(0.4) ? ", service_role" : "");
        } else if (dice.chance(0.5)) {
            s.stmt("GRANT EXECUTE ON FUNCTION %s TO anon, authenticated", r.signature());
        }
    }

    private String triggers(Script s) {
        List<Table> children = db.tables(Table.Role.CHILD);
        if (!children.isEmpty() && dice.chance(0.35)) {
            Table t = dice.pick(children);
            Routine r = routines.touchParentTrigger(t);
            s.stmt(routines.render(r, true));
            String trigger = triggerName(t, "touch_" + t.parent.name);
            s.stmt("DROP TRIGGER IF EXISTS %s ON %s", trigger, t.q());
            s.stmt("CREATE TRIGGER %s AFTER INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION public.%s()",
                    trigger, t.q(), r.name);
            return "touch_" + t.parent.name + "_from_" + t.name;
        }
        Table t = dice.pick(db.tables);
        Routine r = routines.normalizeTrigger(t);
        if (r == null) {
            return null;
        }
        s.stmt(routines.render(r, true));
        String trigger = triggerName(t, t.name + "_before_write");
        s.stmt("DROP TRIGGER IF EXISTS %s ON %s", trigger, t.q());
        s.stmt("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION public.%s()",
                trigger, t.q(), r.name);
        if (dice.chance(0.5) && !t.triggers.contains("audit_" + t.name)) {
            auditTrigger(s, t);
        }
        return "validate_" + t.name + "_on_write";
    }

    private void updatedAtTrigger(Script s, Table t) {
        String name = triggerName(t, "set_" + t.name + "_updated_at");
        if (dice.chance(0.3)) {
            s.stmt("CREATE TRIGGER %s BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION extensions.moddatetime(updated_at)", name, t.q());
        } else {
            s.stmt("CREATE TRIGGER %s BEFORE UPDATE ON %s FOR EACH ROW%s EXECUTE FUNCTION public.set_updated_at()",
                    name, t.q(), dice.chance(0.3) ? " WHEN (OLD.* IS DISTINCT FROM NEW.*)" : "");
        }
    }

    private void auditTrigger(Script s, Table t) {
        String name = triggerName(t, "audit_" + t.name);
        s.stmt("CREATE TRIGGER %s AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION public.audit_row_change()",
                name, t.q());
    }

    private String triggerName(Table t, String wanted) {
        String name = Names.ident(wanted);
        for (int i = 2; t.triggers.contains(name); i++) {
            name = Names.ident(wanted + "_" + i);
        }
        t.triggers.add(name);
        return name;
    }

    private String views(Script s) {
        int roll = dice.between(1, 100);
        List<View> extensible = db.views.stream().filter(v -> !v.grouped()).toList();
        if (roll <= 25 && !extensible.isEmpty()) {
            View v = dice.pick(extensible);
            Column extra = pickColumn(v.base, c -> v.selectItems.stream().noneMatch(i -> i.endsWith("t." + c.name)));
            if (extra == null) {
                return null;
            }
            extra.pinned = true;
            v.selectItems.add("t." + extra.name);
            s.stmt(viewSql(v, true));
            return "extend_view_" + v.name;
        }
        if (roll <= 40 && !db.views.isEmpty()) {
            View v = dice.pick(db.views);
            s.stmt("DROP VIEW IF EXISTS public.%s", v.name);
            db.views.remove(v);
            v.base.dependents--;
            if (v.joined != null) {
                v.joined.dependents--;
            }
            return "drop_view_" + v.name;
        }
        if (db.tables.isEmpty()) {
            return null;
        }
        Table t = dice.pick(db.tables);
        boolean stats = t.role == Table.Role.OWNED && dice.chance(0.3);
        Table joined = !stats && t.parent != null && dice.chance(0.7) ? t.parent : null;
        View v = new View(relationName(t.name + (stats ? "_stats" : joined != null ? "_with_" + joined.singular() : "_overview")), t, joined);
        if (stats) {
            v.selectItems.add("t." + t.owner.name + " AS owner_id");
            v.selectItems.add("count(*) AS total");
            v.selectItems.add("max(t.created_at) AS last_created_at");
        } else {
            v.selectItems.add("t.id");
            for (int i = dice.between(2, 5); i > 0; i--) {
                Column c = pickColumn(t, col -> v.selectItems.stream().noneMatch(item -> item.endsWith("t." + col.name)));
                if (c != null) {
                    c.pinned = true;
                    v.selectItems.add("t." + c.name);
                }
            }
            if (joined != null) {
                Column pc = dice.pick(joined.columns);
                pc.pinned = true;
                v.selectItems.add("p." + pc.name + " AS parent_" + pc.name);
            }
        }
        db.relationNames.add(v.name);
        db.views.add(v);
        t.dependents++;
        if (joined != null) {
            joined.dependents++;
        }
        s.stmt(viewSql(v, false));
        s.stmt("GRANT SELECT ON public.%s TO authenticated", v.name);
        if (dice.chance(0.6)) {
            s.stmt("COMMENT ON VIEW public.%s IS %s", v.name, quote("Read model for the " + Names.words(t.name) + " screen."));
        }
        return "create_view_" + v.name;
    }

    private String viewSql(View v, boolean replace) {
        StringBuilder sb = new StringBuilder(replace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ")
                .append("public.").append(v.name);
        if (!replace || v.name.hashCode() % 3 != 0) {
            sb.append(" WITH (security_invoker = true)");
        }
        sb.append(" AS\nSELECT\n    ").append(String.join(",\n    ", v.selectItems))
                .append("\nFROM ").append(v.base.q()).append(" AS t");
        if (v.joined != null) {
            sb.append("\nLEFT JOIN ").append(v.joined.q()).append(" AS p ON p.id = t.").append(v.base.parentFk.name);
        }
        if (v.grouped()) {
            sb.append("\nGROUP BY t.").append(v.base.owner.name);
        }
        return sb.toString();
    }

    // ----- enums ----------------------------------------------------------------------------------------------

    private EnumType createEnum(Script s, String prefix, String concept) {
        String name = relationName(prefix + "_" + concept);
        EnumType e = new EnumType(name);
        e.values.addAll(dice.pick(Names.ENUM_VALUE_SETS));
        s.stmt("CREATE TYPE public.%s AS ENUM (%s)", name,
                e.values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")));
        db.relationNames.add(name);
        db.enums.add(e);
        return e;
    }

    private String newEnum(Script s) {
        List<Table> targets = db.tables.stream().filter(t -> t.role != Table.Role.LOOKUP).toList();
        if (targets.isEmpty()) {
            return null;
        }
        Table t = dice.pick(targets);
        String concept = dice.pick(Names.ENUM_CONCEPTS);
        EnumType e = createEnum(s, t.singular(), concept);
        Column c = addColumn(t, uniqueColumnName(t, concept), Kind.ENUM, "public." + e.name);
        c.enumType = e;
        c.notNull = true;
        c.defaultSql = dice.defaultFor(c);
        s.stmt("ALTER TABLE %s ADD COLUMN %s", t.q(), c.definition());
        if (dice.chance(0.5)) {
            createIndex(s, t, List.of(c), false, false);
        }
        if (dice.chance(0.5)) {
            s.stmt("COMMENT ON TYPE public.%s IS %s", e.name, quote("Lifecycle of a " + Names.words(t.singular()) + "."));
        }
        return "add_" + c.name + "_to_" + t.name;
    }

    private String enumValues(Script s) {
        if (db.enums.isEmpty()) {
            return null;
        }
        EnumType e = dice.pick(db.enums);
        if (dice.chance(0.2)) {
            String old = dice.pick(e.values);
            String renamed = freshEnumValue(e);
            if (renamed == null) {
                return null;
            }
            s.stmt("ALTER TYPE public.%s RENAME VALUE '%s' TO '%s'", e.name, old, renamed);
            e.values.set(e.values.indexOf(old), renamed);
            return "rename_" + e.name + "_value_" + old;
        }
        String added = null;
        for (int i = dice.chance(0.7) ? 1 : 2; i > 0; i--) {
            String value = freshEnumValue(e);
            if (value == null) {
                break;
            }
            String position = dice.chance(0.3) ? " AFTER '" + dice.pick(e.values) + "'" : "";
            s.stmt("ALTER TYPE public.%s ADD VALUE IF NOT EXISTS '%s'%s", e.name, value, position);
            e.pending.add(value);
            added = added == null ? value : added;
        }
        return added == null ? null : "add_" + added + "_to_" + e.name;
    }

    private String freshEnumValue(EnumType e) {
        List<String> free = Names.EXTRA_ENUM_VALUES.stream()
                .filter(v -> !e.values.contains(v) && !e.pending.contains(v)).toList();
        return free.isEmpty() ? null : dice.pick(free);
    }

    // ----- grants, seeds, renames, DO blocks, comments, data fixes, drops --------------------------------------

    private String grants(Script s) {
        if (db.tables.size() < 3) {
            return null;
        }
        boolean diffStyle = dice.chance(0.4);
        for (int i = diffStyle ? dice.between(4, 16) : dice.between(10, 40); i > 0; i--) {
            Table t = dice.pick(db.tables);
            if (diffStyle) {
                diffGrants(s, t);
                continue;
            }
            if (t.role == Table.Role.LOOKUP) {
                s.stmt("GRANT SELECT ON TABLE %s TO anon, authenticated", t.q());
            } else {
                s.stmt("REVOKE ALL ON TABLE %s FROM anon", t.q());
                s.stmt("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %s TO authenticated", t.q());
            }
            s.stmt("GRANT ALL ON TABLE %s TO service_role", t.q());
        }
        List<Routine> callable = db.routines.stream().filter(r -> !r.trigger).toList();
        for (int i = callable.isEmpty() ? 0 : dice.between(1, 6); i > 0; i--) {
            grantFunction(s, dice.pick(callable));
        }
        s.stmt("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO authenticated, service_role");
        if (dice.chance(0.5)) {
            s.stmt("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO authenticated");
            s.stmt("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO service_role");
            s.stmt("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC");
        }
        return "tighten_grants";
    }

    private void grantTable(Script s, Table t) {
        if (t.role == Table.Role.LOOKUP) {
            s.stmt("GRANT SELECT ON TABLE %s TO anon, authenticated", t.q());
        } else {
            if (dice.chance(0.4)) {
                s.stmt("REVOKE ALL ON TABLE %s FROM anon", t.q());
            }
            s.stmt("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %s TO authenticated", t.q());
        }
        if (dice.chance(0.6)) {
            s.stmt("GRANT ALL ON TABLE %s TO service_role", t.q());
        }
    }

    private String seed(Script s) {
        List<Table> lookups = db.tables(Table.Role.LOOKUP);
        if (lookups.isEmpty()) {
            return null;
        }
        Table t = dice.pick(lookups);
        List<Column> cols = t.columns.stream()
                .filter(c -> !c.name.equals("id") && c.references == null && !c.name.equals("created_at") && !c.name.equals("updated_at"))
                .filter(c -> c.notNull && c.defaultSql == null || c.indexed || dice.chance(0.8))
                .toList();
        String head = "INSERT INTO " + t.q() + " (" + cols.stream().map(c -> c.name).collect(Collectors.joining(", ")) + ")";
        int rows = dice.between(30, 300);
        boolean multiRow = dice.chance(0.25);
        boolean onConflict = dice.chance(0.4);
        List<String> tuples = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String tuple = "(" + cols.stream().map(dice::literal).collect(Collectors.joining(", ")) + ")";
            if (multiRow) {
                tuples.add(tuple);
            } else {
                s.stmt(head + " VALUES " + tuple + (onConflict ? " ON CONFLICT DO NOTHING" : ""));
            }
        }
        if (multiRow) {
            s.stmt(head + " VALUES\n    " + String.join(",\n    ", tuples) + (onConflict ? "\nON CONFLICT DO NOTHING" : ""));
        }
        t.rows += rows;
        return "seed_" + t.name;
    }

    private String renameTable(Script s) {
        List<Table> renamable = db.tables.stream().filter(t -> t.renamable).toList();
        if (renamable.isEmpty()) {
            return null;
        }
        Table t = dice.pick(renamable);
        String old = t.name;
        String wanted = Names.NOUNS.contains(old) || Names.LOOKUP_NOUNS.contains(old)
                ? dice.pick(Names.AREAS) + "_" + old : old + "_v2";
        String name = relationName(wanted);
        s.stmt("ALTER TABLE %s%s RENAME TO %s", dice.chance(0.3) ? "IF EXISTS " : "", t.q(), name);
        t.name = name;
        db.relationNames.add(name);
        for (Index ix : List.copyOf(t.indexes)) {
            if (dice.chance(0.4) && ix.name.contains(old)) {
                String renamed = relationName(ix.name.replace(old, name));
                s.stmt("ALTER INDEX public.%s RENAME TO %s", ix.name, renamed);
                db.relationNames.add(renamed);
                t.indexes.set(t.indexes.indexOf(ix), new Index(renamed, ix.columns));
            }
        }
        s.stmt("COMMENT ON TABLE %s IS %s", t.q(), quote("Renamed from " + old + ". " + tableComment(t)));
        return "rename_" + old + "_to_" + name;
    }

    private String doBlocks(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        int roll = dice.between(1, 4);
        if (roll == 1) {
            s.stmt("""
                    DO $$
                    DECLARE
                        r record;
                    BEGIN
                        FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
                            EXECUTE format('GRANT ALL ON TABLE public.%I TO service_role', r.tablename);
                        END LOOP;
                    END
                    $$""");
            return "grant_service_role_everything";
        }
        Table t = dice.pick(db.tables);
        if (roll == 2) {
            Column c = pickColumn(t, col -> !col.checked && Dice.checkFor(col) != null);
            if (c == null) {
                return null;
            }
            String name = constraintName(t, "chk_" + t.name + "_" + c.name);
            s.stmt("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (
                            SELECT 1 FROM pg_constraint
                            WHERE conname = '%s' AND conrelid = '%s'::regclass
                        ) THEN
                            ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s);
                        END IF;
                    END
                    $$""", name, t.q(), t.q(), name, Dice.checkFor(c));
            c.checked = true;
            return "ensure_check_on_" + t.name;
        }
        if (roll == 3) {
            Column c = newColumn(t);
            c.defaultSql = dice.defaultFor(c);
            s.stmt("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (
                            SELECT 1 FROM information_schema.columns
                            WHERE table_schema = 'public' AND table_name = '%s' AND column_name = '%s'
                        ) THEN
                            ALTER TABLE %s ADD COLUMN %s;
                        END IF;
                    END
                    $$""", t.name, c.name, t.q(), c.definition());
            return "ensure_" + c.name + "_on_" + t.name;
        }
        s.stmt("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting_reader') THEN
                        CREATE ROLE reporting_reader NOLOGIN;
                    END IF;
                END
                $$""");
        s.stmt("GRANT USAGE ON SCHEMA public TO reporting_reader");
        s.stmt("GRANT SELECT ON TABLE %s TO reporting_reader", t.q());
        return "reporting_reader_access_to_" + t.name;
    }

    private String comments(Script s) {
        if (db.tables.isEmpty()) {
            return null;
        }
        Table first = dice.pick(db.tables);
        for (int i = dice.between(2, 6); i > 0; i--) {
            Table t = i == 1 ? first : dice.pick(db.tables);
            s.stmt("COMMENT ON TABLE %s IS %s", t.q(), quote(tableComment(t)));
            for (int j = dice.between(3, 12); j > 0; j--) {
                commentColumn(s, t, dice.pick(t.columns));
            }
        }
        return "document_" + first.name;
    }

    private String dataFix(Script s) {
        List<Table> seeded = db.tables.stream().filter(t -> t.rows > 0).toList();
        if (seeded.isEmpty()) {
            return null;
        }
        Table t = dice.pick(seeded);
        for (int i = dice.between(10, 80); i > 0; i--) {
            Column c = pickColumn(t, col -> !col.name.equals("id") && col.references == null && col.kind != Kind.UUID);
            if (c == null || dice.chance(0.15)) {
                s.stmt("DELETE FROM %s WHERE id = %d", t.q(), dice.between(100_000, 200_000));
            } else {
                s.stmt("UPDATE %s SET %s = %s WHERE id = %d", t.q(), c.name, dice.literal(c), dice.between(1, t.rows));
            }
        }
        return "fix_data_in_" + t.name;
    }

    private String dropObjects(Script s) {
        List<Table> leaves = db.tables.stream().filter(t -> t.dependents == 0 && t.renamable).toList();
        List<Routine> droppable = db.routines.stream().filter(r -> !r.trigger).toList();
        if (!leaves.isEmpty() && dice.chance(0.5)) {
            Table t = dice.pick(leaves);
            s.stmt("DROP TABLE IF EXISTS %s", t.q());
            db.tables.remove(t);
            for (Column c : t.columns) {
                if (c.references != null) {
                    c.references.dependents--;
                }
            }
            if (t.policiesUseParent) {
                t.parent.dependents--;
            }
            return "drop_unused_" + t.name;
        }
        if (droppable.isEmpty()) {
            return null;
        }
        Routine r = dice.pick(droppable);
        s.stmt("DROP FUNCTION IF EXISTS %s", r.signature());
        db.routines.remove(r);
        return "drop_function_" + r.name;
    }

    // ----- helpers --------------------------------------------------------------------------------------------

    private void commentColumn(Script s, Table t, Column c) {
        String text = switch (c.kind) {
            case TIMESTAMPTZ, TIMESTAMP, DATE -> "When the " + Names.words(t.singular()) + " was " + Names.words(c.name.replaceAll("_(at|date|for)$", "")) + ".";
            case BOOL -> "True when the " + Names.words(t.singular()) + " " + Names.words(c.name.replaceFirst("^is_", "is ")) + ".";
            case JSONB -> "Free-form " + Names.words(c.name) + "; the app's schema lives in the API layer.";
            case ENUM -> "Lifecycle " + Names.words(c.name) + ", see type " + c.enumType.name + ".";
            default -> dice.chance(0.2) ? "The customer's " + Names.words(c.name) + " as shown in the UI."
                    : "The " + Names.words(c.name) + " of the " + Names.words(t.singular()) + ".";
        };
        s.stmt("COMMENT ON COLUMN %s.%s IS %s", t.q(), c.name, quote(text));
    }

    private String tableComment(Table t) {
        return switch (t.role) {
            case LOOKUP -> "Reference list of " + Names.words(t.name) + ", readable by everyone, edited by staff only.";
            case OWNED -> "One row per " + Names.words(t.singular()) + " owned by an auth user; guarded by RLS on " + t.owner.name + ".";
            case CHILD -> "Rows that belong to a " + Names.words(t.parent.singular()) + "; access follows the parent's owner.";
        };
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoteIdent(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private String newTableName(List<String> nouns) {
        List<String> free = nouns.stream().filter(n -> !db.relationNames.contains(n)).toList();
        if (!free.isEmpty() && dice.chance(0.8)) {
            return dice.pick(free);
        }
        return relationName(dice.pick(Names.AREAS) + "_" + dice.pick(nouns));
    }

    private String relationName(String wanted) {
        String name = Names.ident(wanted);
        for (int i = 2; db.relationNames.contains(name); i++) {
            name = Names.ident(wanted + "_" + i);
        }
        return name;
    }

    private String constraintName(Table t, String wanted) {
        String name = Names.ident(wanted);
        for (int i = 2; t.usedConstraintNames.contains(name) || db.relationNames.contains(name); i++) {
            name = Names.ident(wanted + "_" + i);
        }
        t.usedConstraintNames.add(name);
        return name;
    }

    private Column addColumn(Table t, String name, Kind kind, String type) {
        Column c = new Column(name, kind, type);
        t.columns.add(c);
        return c;
    }

    /** A column of a random kind (not yet added to any statement), added to the model. */
    private Column newColumn(Table t) {
        Kind kind = pickColumnKind();
        Column c = addColumn(t, freshColumnName(t, kind), kind, dice.typeFor(kind));
        return c;
    }

    private Kind pickColumnKind() {
        int roll = dice.between(1, 100);
        if (roll <= 26) return Kind.TEXT;
        if (roll <= 32) return Kind.VARCHAR;
        if (roll <= 41) return Kind.INT;
        if (roll <= 44) return Kind.BIGINT;
        if (roll <= 52) return Kind.NUMERIC;
        if (roll <= 62) return Kind.BOOL;
        if (roll <= 74) return Kind.TIMESTAMPTZ;
        if (roll <= 76) return Kind.TIMESTAMP;
        if (roll <= 81) return Kind.DATE;
        if (roll <= 89) return Kind.JSONB;
        if (roll <= 92) return Kind.UUID;
        return Kind.TEXT_ARRAY;
    }

    private String freshColumnName(Table t, Kind kind) {
        List<String> free = Names.COLUMN_NAMES.get(kind).stream().filter(n -> !t.hasColumn(n)).toList();
        return free.isEmpty() ? uniqueColumnName(t, dice.pick(Names.COLUMN_NAMES.get(kind))) : dice.pick(free);
    }

    private static String uniqueColumnName(Table t, String wanted) {
        String name = Names.ident(wanted);
        for (int i = 2; t.hasColumn(name); i++) {
            name = Names.ident(wanted + "_" + i);
        }
        return name;
    }

    private Column pickColumn(Table t, java.util.function.Predicate<Column> filter) {
        List<Column> candidates = t.columns.stream().filter(filter).toList();
        return candidates.isEmpty() ? null : dice.pick(candidates);
    }

    private static Column firstOfKind(Table t, Kind kind, boolean pinned) {
        return t.columns.stream().filter(c -> c.kind == kind && c.pinned == pinned).findFirst().orElse(null);
    }
}

/** Writes PL/pgSQL and SQL functions of realistic length for the tables of the model. */
final class Routines {
    private final Dice dice;
    private final Schema db;

    Routines(Dice dice, Schema db) {
        this.dice = dice;
        this.db = db;
    }

    Routine create(Table t) {
        Routine.Template template = dice.pick(switch (t.role) {
            case OWNED -> List.of(Routine.Template.MUTATE, Routine.Template.MUTATE, Routine.Template.MUTATE,
                    Routine.Template.LIST, Routine.Template.COUNT, Routine.Template.CLEANUP, Routine.Template.CAN_ACCESS,
                    Routine.Template.CREATE, Routine.Template.REPORT, Routine.Template.REPORT, Routine.Template.IMPORT,
                    Routine.Template.IMPORT);
            case CHILD -> List.of(Routine.Template.MUTATE, Routine.Template.MUTATE, Routine.Template.LIST,
                    Routine.Template.CLEANUP, Routine.Template.CAN_ACCESS, Routine.Template.REPORT);
            case LOOKUP -> List.of(Routine.Template.MUTATE, Routine.Template.LIST, Routine.Template.CLEANUP);
        });
        String pk = t.pkType;
        return switch (template) {
            case MUTATE -> register(dice.pick(Names.VERBS) + "_" + t.singular(),
                    "p_id " + pk + ", p_note text DEFAULT NULL", pk + ", text", "jsonb", t, template);
            case LIST -> register("list_" + t.name, "p_limit integer DEFAULT 50, p_offset integer DEFAULT 0",
                    "integer, integer", "TABLE (item_id " + pk + ", item_label text, item_created_at timestamptz)", t, template);
            case COUNT -> register("count_" + t.name + "_for_user", "p_user_id uuid", "uuid", "bigint", t, template);
            case CLEANUP -> register("purge_old_" + t.name, "p_days integer DEFAULT 90, p_batch_size integer DEFAULT 1000",
                    "integer, integer", "integer", t, template);
            case CAN_ACCESS -> register("can_access_" + t.singular(), "p_id " + pk, pk, "boolean", t, template);
            case CREATE -> register("create_" + t.singular(), "p_payload jsonb", "jsonb", pk, t, template);
            case REPORT -> register("report_" + t.singular() + "_activity",
                    "p_from timestamptz DEFAULT now() - interval '30 days', p_to timestamptz DEFAULT now(), p_bucket text DEFAULT 'day'",
                    "timestamptz, timestamptz, text",
                    "TABLE (period_start timestamptz, created_count bigint, updated_count bigint, running_total bigint)", t, template);
            case IMPORT -> register("import_" + t.name, "p_items jsonb, p_dry_run boolean DEFAULT false", "jsonb, boolean",
                    "jsonb", t, template);
            case TRIGGER -> throw new IllegalStateException("trigger functions have their own factories");
        };
    }

    /** A BEFORE trigger function that trims a text column and rejects negative numbers; null if the table has neither. */
    Routine normalizeTrigger(Table t) {
        Column text = pick(t, Kind.TEXT, Kind.VARCHAR);
        Column number = pick(t, Kind.INT, Kind.NUMERIC);
        if (text == null && number == null) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        if (text != null) {
            text.pinned = true;
            body.append(String.format(Locale.ROOT, """
                    IF NEW.%1$s IS NOT NULL THEN
                        NEW.%1$s := btrim(NEW.%1$s);
                    END IF;
                    """, text.name));
        }
        if (number != null) {
            number.pinned = true;
            body.append(String.format(Locale.ROOT, """
                    IF NEW.%1$s IS NOT NULL AND NEW.%1$s < 0 THEN
                        RAISE EXCEPTION '%1$s must not be negative (got %%)', NEW.%1$s USING ERRCODE = '23514';
                    END IF;
                    """, number.name));
        }
        body.append("""
                IF TG_OP = 'UPDATE' AND NEW.id IS DISTINCT FROM OLD.id THEN
                    RAISE EXCEPTION 'the id of a % row cannot change', TG_TABLE_NAME USING ERRCODE = '55000';
                END IF;
                RETURN NEW;
                """);
        Routine r = register(t.name + "_before_write", "", "", "trigger", t, Routine.Template.TRIGGER);
        triggerBodies.put(r, body.toString());
        return r;
    }

    Routine touchParentTrigger(Table child) {
        Routine r = register("touch_" + child.parent.singular() + "_from_" + child.name, "", "", "trigger", child,
                Routine.Template.TRIGGER);
        triggerBodies.put(r, String.format(Locale.ROOT, """
                UPDATE %s
                SET updated_at = now()
                WHERE id = NEW.%s;
                RETURN NEW;
                """, child.parent.q(), child.parentFk.name));
        return r;
    }

    private final Map<Routine, String> triggerBodies = new java.util.IdentityHashMap<>();

    private Routine register(String wanted, String parameters, String argTypes, String returns, Table t,
                             Routine.Template template) {
        String name = Names.ident(wanted);
        for (int i = 2; db.routineNames.contains(name); i++) {
            name = Names.ident(wanted + "_v" + i);
        }
        db.routineNames.add(name);
        Routine r = new Routine(name, parameters, argTypes, returns, t, template);
        db.routines.add(r);
        return r;
    }

    String describe(Routine r) {
        String what = Names.words(r.table.singular());
        return switch (r.template) {
            case MUTATE -> "RPC: " + Names.words(r.name) + " for the caller; returns a JSON summary of what changed.";
            case LIST -> "RPC: pages through the caller's " + Names.words(r.table.name) + ", newest first.";
            case COUNT -> "Counts the " + Names.words(r.table.name) + " of one user (used by the billing dashboard).";
            case CLEANUP -> "Maintenance: deletes old " + Names.words(r.table.name) + " in batches; run from pg_cron.";
            case CAN_ACCESS -> "True when the caller may see the " + what + "; used inside RLS policies.";
            case CREATE -> "RPC: creates a " + what + " owned by the caller from a JSON payload.";
            case REPORT -> "RPC: created/updated counts of the caller's " + Names.words(r.table.name) + " per period, with a running total.";
            case IMPORT -> "RPC: bulk import of " + Names.words(r.table.name) + " from a JSON array; reports skipped rows.";
            case TRIGGER -> "Trigger function for " + Names.words(r.table.name) + ".";
        };
    }

    String render(Routine r, boolean orReplace) {
        String language = r.template == Routine.Template.COUNT ? "sql" : "plpgsql";
        String body = switch (r.template) {
            case MUTATE -> mutateBody(r);
            case LIST -> listBody(r);
            case COUNT -> "    SELECT count(*)\n    FROM " + r.table.q() + " AS t\n    WHERE t." + r.table.owner.name + " = p_user_id\n";
            case CLEANUP -> cleanupBody(r);
            case CAN_ACCESS -> canAccessBody(r);
            case CREATE -> createBody(r);
            case REPORT -> reportBody(r);
            case IMPORT -> importBody(r);
            case TRIGGER -> new Body().raw(triggerBodies.get(r)).render();
        };
        StringBuilder sb = new StringBuilder(orReplace ? "CREATE OR REPLACE FUNCTION " : "CREATE FUNCTION ")
                .append("public.").append(r.name).append('(').append(r.parameters).append(")\n")
                .append("RETURNS ").append(r.returns).append('\n')
                .append("LANGUAGE ").append(language).append('\n');
        boolean readOnly = r.template == Routine.Template.LIST || r.template == Routine.Template.COUNT
                || r.template == Routine.Template.CAN_ACCESS || r.template == Routine.Template.REPORT;
        if (readOnly) {
            sb.append("STABLE\n");
        }
        boolean touchesOtherTables = r.trigger && r.name.startsWith("touch_");
        int security = touchesOtherTables ? 1 : r.trigger ? 100 : dice.between(1, 100);
        if (security <= 45) {
            sb.append("SECURITY DEFINER\nSET search_path = ''\n");
        } else if (security <= 60) {
            sb.append("SECURITY DEFINER\nSET search_path = public, pg_temp\n");
        } else if (security <= 70) {
            sb.append("SECURITY DEFINER\n");
        } else if (security <= 80) {
            sb.append("SET search_path = ''\n");
        }
        String tag = dice.pick(List.of("$$", "$$", "$$", "$function$", "$body$"));
        return sb.append("AS ").append(tag).append('\n').append(body).append(tag).toString();
    }

    private String mutateBody(Routine r) {
        Table t = r.table;
        String thing = Names.words(t.singular());
        String verb = r.name.substring(0, r.name.indexOf('_'));
        Body b = new Body();
        b.declare("v_user_id uuid := auth.uid()");
        b.declare("v_row record");
        b.declare("v_count integer := 0");
        b.declare("v_now timestamptz := now()");
        b.add("""
                IF v_user_id IS NULL THEN
                    RAISE EXCEPTION 'authentication required' USING ERRCODE = '28000';
                END IF;""");
        b.add("""
                IF p_id IS NULL THEN
                    RAISE EXCEPTION 'p_id must not be null' USING ERRCODE = '22004';
                END IF;""");
        b.add("-- Lock the row so that concurrent calls for the same " + thing + " run one after the other.\n"
                + "SELECT t.* INTO v_row\nFROM " + t.q() + " AS t\nWHERE t.id = p_id\nFOR UPDATE" + (dice.chance(0.3) ? " NOWAIT;" : ";"));
        b.add("IF NOT FOUND THEN\n    RAISE EXCEPTION '" + thing + " %% not found', p_id USING ERRCODE = 'P0002';\nEND IF;");
        b.add("-- RLS is bypassed when this runs as SECURITY DEFINER, so check ownership explicitly.");
        b.add(switch (t.role) {
            case OWNED -> "IF v_row." + t.owner.name + " IS DISTINCT FROM v_user_id THEN\n"
                    + "    RAISE EXCEPTION 'permission denied for " + thing + " %%', p_id USING ERRCODE = '42501';\nEND IF;";
            case CHILD -> "IF NOT EXISTS (\n    SELECT 1\n    FROM " + t.parent.q() + " AS p\n    WHERE p.id = v_row."
                    + t.parentFk.name + "\n      AND p." + t.parent.owner.name + " = v_user_id\n) THEN\n"
                    + "    RAISE EXCEPTION 'permission denied for " + thing + " %%', p_id USING ERRCODE = '42501';\nEND IF;";
            case LOOKUP -> "IF NOT coalesce((auth.jwt() -> 'app_metadata' ->> 'is_staff')::boolean, false) THEN\n"
                    + "    RAISE EXCEPTION 'only staff may change " + Names.words(t.name) + "' USING ERRCODE = '42501';\nEND IF;";
        });
        b.add("UPDATE " + t.q() + "\nSET updated_at = v_now\nWHERE id = p_id;\nGET DIAGNOSTICS v_count = ROW_COUNT;");
        List<Integer> segments = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(segments, dice.rnd);
        for (int segment : segments.subList(0, dice.between(3, 7))) {
            mutateSegment(b, r, segment, verb);
        }
        b.add("RETURN jsonb_build_object('id', p_id, 'action', '" + verb + "', 'updated', v_count, 'note', p_note, 'at', v_now)"
                + (b.declares("v_details") ? " || v_details;" : ";"));
        if (dice.chance(0.4)) {
            b.handler("WHEN lock_not_available THEN\n    RAISE EXCEPTION '" + thing
                    + " %% is being edited, retry later', p_id USING ERRCODE = '55P03';");
        }
        return b.render();
    }

    private void mutateSegment(Body b, Routine r, int segment, String verb) {
        Table t = r.table;
        switch (segment) {
            case 1 -> {
                Table child = db.tables.stream().filter(c -> c.parent == t).findFirst().orElse(null);
                if (child != null) {
                    b.declare("v_child record");
                    b.declare("v_children integer := 0");
                    b.add("FOR v_child IN\n    SELECT c.id\n    FROM " + child.q() + " AS c\n    WHERE c." + child.parentFk.name
                            + " = p_id\n    ORDER BY c.created_at\nLOOP\n    v_children := v_children + 1;\n"
                            + "    RAISE DEBUG '" + verb + " reaches " + Names.words(child.singular()) + " %%', v_child.id;\nEND LOOP;");
                } else {
                    b.declare("v_attempt integer");
                    b.add("FOR v_attempt IN 1..3 LOOP\n    EXIT WHEN v_count > 0;\n    UPDATE " + t.q()
                            + " SET updated_at = v_now WHERE id = p_id;\n    GET DIAGNOSTICS v_count = ROW_COUNT;\nEND LOOP;");
                }
            }
            case 2 -> b.add("-- Keep an audit trail: support uses it to answer 'who changed this and when'.\n"
                    + "INSERT INTO public.audit_log (table_name, operation, row_data, changed_by)\nVALUES ('"
                    + t.name + "', 'UPDATE', jsonb_build_object('id', p_id, 'action', '" + verb + "', 'note', p_note), v_user_id);");
            case 3 -> {
                b.declare("v_label text");
                b.declare("v_details jsonb := '{}'::jsonb");
                b.add("v_label := CASE\n    WHEN v_count = 0 THEN 'unchanged'\n    WHEN v_count = 1 THEN 'single'\n    ELSE 'bulk'\nEND;\n"
                        + "v_details := v_details || jsonb_build_object('label', v_label);");
            }
            case 4 -> b.add("-- Realtime listeners refresh their view of this row on this channel.\n"
                    + "PERFORM pg_notify('" + t.name + "_changes', jsonb_build_object('id', p_id, 'action', '" + verb + "')::text);");
            case 5 -> b.add("IF p_note IS NOT NULL AND char_length(p_note) > 2000 THEN\n"
                    + "    RAISE EXCEPTION 'note too long: %% characters', char_length(p_note) USING ERRCODE = '22001';\nEND IF;");
            case 6 -> {
                b.declare("v_recent integer");
                b.add("-- Cheap rate limit based on the audit log; the API gateway has a coarser one.\n"
                        + "SELECT count(*) INTO v_recent\nFROM public.audit_log AS a\nWHERE a.changed_by = v_user_id\n"
                        + "  AND a.changed_at > v_now - interval '1 minute';\nIF v_recent > 60 THEN\n"
                        + "    RAISE EXCEPTION 'rate limit exceeded (%% changes in the last minute)', v_recent USING ERRCODE = '53400';\nEND IF;");
            }
            default -> {
                b.declare("v_details jsonb := '{}'::jsonb");
                b.add("v_details := v_details || jsonb_build_object('previous_updated_at', v_row.updated_at);");
            }
        }
    }

    private String listBody(Routine r) {
        Table t = r.table;
        Column label = pick(t, Kind.TEXT, Kind.VARCHAR);
        Body b = new Body();
        b.add("IF p_limit IS NULL OR p_limit < 1 OR p_limit > 500 THEN\n"
                + "    RAISE EXCEPTION 'p_limit must be between 1 and 500, got %%', p_limit USING ERRCODE = '22023';\nEND IF;");
        b.add("IF p_offset IS NULL OR p_offset < 0 THEN\n"
                + "    RAISE EXCEPTION 'p_offset must not be negative, got %%', p_offset USING ERRCODE = '22023';\nEND IF;");
        b.add("RETURN QUERY\nSELECT t.id, " + (label == null ? "t.id::text" : "t." + label.name + "::text") + ", t.created_at\nFROM "
                + t.q() + " AS t\nWHERE " + t.ownerPredicate("t", "auth.uid()") + "\nORDER BY t.created_at DESC, t.id\nLIMIT p_limit OFFSET p_offset;");
        return b.render();
    }

    private String cleanupBody(Routine r) {
        Table t = r.table;
        Body b = new Body();
        b.declare("v_deleted integer := 0");
        b.declare("v_batch integer");
        b.add("IF p_days IS NULL OR p_days < 1 THEN\n"
                + "    RAISE EXCEPTION 'p_days must be positive, got %%', p_days USING ERRCODE = '22023';\nEND IF;");
        b.add("-- Delete in small batches so that no single statement holds locks for long.\n"
                + "LOOP\n    DELETE FROM " + t.q() + "\n    WHERE id IN (\n        SELECT id\n        FROM " + t.q()
                + "\n        WHERE created_at < now() - make_interval(days => p_days)\n        ORDER BY created_at\n"
                + "        LIMIT p_batch_size\n    );\n    GET DIAGNOSTICS v_batch = ROW_COUNT;\n"
                + "    v_deleted := v_deleted + v_batch;\n    EXIT WHEN v_batch < p_batch_size;\nEND LOOP;");
        b.add("RAISE LOG 'purged %% rows older than %% days from " + t.name + "', v_deleted, p_days;\nRETURN v_deleted;");
        return b.render();
    }

    private String canAccessBody(Routine r) {
        Table t = r.table;
        Body b = new Body();
        b.add("IF auth.uid() IS NULL THEN\n    RETURN false;\nEND IF;");
        b.add("RETURN EXISTS (\n    SELECT 1\n    FROM " + t.q() + " AS t\n    WHERE t.id = p_id\n      AND "
                + t.ownerPredicate("t", "auth.uid()") + "\n);");
        return b.render();
    }

    private String createBody(Routine r) {
        Table t = r.table;
        Column label = pick(t, Kind.TEXT);
        Body b = new Body();
        b.declare("v_id " + t.pkType);
        b.declare("v_user_id uuid := auth.uid()");
        b.add("IF v_user_id IS NULL THEN\n    RAISE EXCEPTION 'authentication required' USING ERRCODE = '28000';\nEND IF;");
        b.add("IF p_payload IS NULL OR jsonb_typeof(p_payload) <> 'object' THEN\n"
                + "    RAISE EXCEPTION 'payload must be a JSON object' USING ERRCODE = '22023';\nEND IF;");
        b.add("INSERT INTO " + t.q() + " (" + t.owner.name + (label == null ? "" : ", " + label.name) + ")\nVALUES (v_user_id"
                + (label == null ? "" : ", p_payload ->> '" + label.name + "'") + ")\nRETURNING id INTO v_id;");
        b.add("RETURN v_id;");
        return b.render();
    }

    private String reportBody(Routine r) {
        Table t = r.table;
        Body b = new Body();
        b.add("IF p_bucket NOT IN ('hour', 'day', 'week', 'month') THEN\n"
                + "    RAISE EXCEPTION 'p_bucket must be hour, day, week or month, got %%', p_bucket USING ERRCODE = '22023';\nEND IF;");
        b.add("IF p_from >= p_to THEN\n"
                + "    RAISE EXCEPTION 'p_from (%%) must be before p_to (%%)', p_from, p_to USING ERRCODE = '22023';\nEND IF;");
        b.add("""
                RETURN QUERY
                WITH scoped AS (
                    SELECT t.id, t.created_at, t.updated_at
                    FROM %s AS t
                    WHERE %s
                      AND t.created_at >= p_from
                      AND t.created_at < p_to
                ),
                created AS (
                    SELECT date_trunc(p_bucket, s.created_at) AS bucket, count(*) AS n
                    FROM scoped AS s
                    GROUP BY 1
                ),
                updated AS (
                    SELECT date_trunc(p_bucket, s.updated_at) AS bucket, count(*) AS n
                    FROM scoped AS s
                    WHERE s.updated_at > s.created_at
                    GROUP BY 1
                ),
                buckets AS (
                    SELECT generate_series(date_trunc(p_bucket, p_from), date_trunc(p_bucket, p_to), ('1 ' || p_bucket)::interval) AS bucket
                )
                SELECT b.bucket,
                       coalesce(c.n, 0)::bigint,
                       coalesce(u.n, 0)::bigint,
                       (sum(coalesce(c.n, 0)) OVER (ORDER BY b.bucket))::bigint
                FROM buckets AS b
                LEFT JOIN created AS c ON c.bucket = b.bucket
                LEFT JOIN updated AS u ON u.bucket = b.bucket
                ORDER BY b.bucket;""".formatted(t.q(), t.ownerPredicate("t", "auth.uid()")));
        return b.render();
    }

    private String importBody(Routine r) {
        Table t = r.table;
        Column label = pick(t, Kind.TEXT);
        String field = label == null ? "name" : label.name;
        Body b = new Body();
        b.declare("v_user_id uuid := auth.uid()");
        b.declare("v_item jsonb");
        b.declare("v_index integer := 0");
        b.declare("v_inserted integer := 0");
        b.declare("v_skipped integer := 0");
        b.declare("v_errors jsonb := '[]'::jsonb");
        b.add("IF v_user_id IS NULL THEN\n    RAISE EXCEPTION 'authentication required' USING ERRCODE = '28000';\nEND IF;");
        b.add("IF jsonb_typeof(p_items) IS DISTINCT FROM 'array' THEN\n"
                + "    RAISE EXCEPTION 'p_items must be a JSON array' USING ERRCODE = '22023';\nEND IF;");
        b.add("IF jsonb_array_length(p_items) > 1000 THEN\n"
                + "    RAISE EXCEPTION 'at most 1000 items per call, got %%', jsonb_array_length(p_items) USING ERRCODE = '54000';\nEND IF;");
        b.add("""
                FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) LOOP
                    v_index := v_index + 1;
                    IF v_item ->> '%1$s' IS NULL OR btrim(v_item ->> '%1$s') = '' THEN
                        v_skipped := v_skipped + 1;
                        v_errors := v_errors || jsonb_build_object('index', v_index, 'error', '%1$s is required');
                        CONTINUE;
                    END IF;
                    IF NOT p_dry_run THEN
                        BEGIN
                            INSERT INTO %2$s (%3$s, %1$s)
                            VALUES (v_user_id, btrim(v_item ->> '%1$s'));
                            v_inserted := v_inserted + 1;
                        EXCEPTION
                            WHEN unique_violation THEN
                                v_skipped := v_skipped + 1;
                                v_errors := v_errors || jsonb_build_object('index', v_index, 'error', 'duplicate');
                            WHEN check_violation OR not_null_violation THEN
                                v_skipped := v_skipped + 1;
                                v_errors := v_errors || jsonb_build_object('index', v_index, 'error', SQLERRM);
                        END;
                    END IF;
                END LOOP;""".formatted(field, t.q(), t.owner.name));
        b.add("RAISE LOG 'import into " + t.name + ": %% inserted, %% skipped', v_inserted, v_skipped;");
        b.add("RETURN jsonb_build_object('inserted', v_inserted, 'skipped', v_skipped, 'dry_run', p_dry_run, 'errors', v_errors);");
        return b.render();
    }

    private Column pick(Table t, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        List<Column> candidates = t.columns.stream().filter(c -> wanted.contains(c.kind)).toList();
        return candidates.isEmpty() ? null : dice.pick(candidates);
    }

    /** A PL/pgSQL block: declarations, statements and exception handlers, indented on render. */
    private static final class Body {
        private final List<String> declarations = new ArrayList<>();
        private final List<String> statements = new ArrayList<>();
        private final List<String> handlers = new ArrayList<>();
        private String raw;

        void declare(String declaration) {
            if (!declarations.contains(declaration)) {
                declarations.add(declaration);
            }
        }

        boolean declares(String variable) {
            return declarations.stream().anyMatch(d -> d.startsWith(variable + " "));
        }

        void add(String statement) {
            statements.add(statement.replace("%%", "%"));
        }

        void handler(String handler) {
            handlers.add(handler.replace("%%", "%"));
        }

        Body raw(String statementsText) {
            raw = statementsText;
            return this;
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            if (!declarations.isEmpty()) {
                sb.append("DECLARE\n");
                declarations.forEach(d -> sb.append("    ").append(d).append(";\n"));
            }
            sb.append("BEGIN\n");
            if (raw != null) {
                sb.append(indent(raw.stripTrailing())).append('\n');
            }
            sb.append(statements.stream().map(Body::indent).collect(Collectors.joining("\n\n"))).append(statements.isEmpty() ? "" : "\n");
            if (!handlers.isEmpty()) {
                sb.append("EXCEPTION\n").append(handlers.stream().map(Body::indent).collect(Collectors.joining("\n"))).append('\n');
            }
            return sb.append("END;\n").toString();
        }

        private static String indent(String block) {
            return block.lines().map(l -> l.isEmpty() ? l : "    " + l).collect(Collectors.joining("\n"));
        }
    }
}
