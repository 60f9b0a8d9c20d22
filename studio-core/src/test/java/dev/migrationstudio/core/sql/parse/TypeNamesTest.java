package dev.migrationstudio.core.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            int                          | integer
            INT4                         | integer
            integer                      | integer
            serial                       | integer
            bigserial                    | bigint
            int8                         | bigint
            smallint                     | smallint
            int2                         | smallint
            varchar(10)                  | character varying(10)
            VARCHAR                      | character varying
            character varying(255)       | character varying(255)
            char                         | character(1)
            char(3)                      | character(3)
            timestamptz                  | timestamp with time zone
            timestamp                    | timestamp without time zone
            timestamp(3) with time zone  | timestamp(3) with time zone
            timestamptz(6)               | timestamp(6) with time zone
            time                         | time without time zone
            timetz                       | time with time zone
            bool                         | boolean
            float8                       | double precision
            double precision             | double precision
            float                        | double precision
            float(10)                    | real
            float4                       | real
            decimal(10,2)                | numeric(10,2)
            numeric(10)                  | numeric(10,0)
            numeric                      | numeric
            text[]                       | text[]
            int[][]                      | integer[]
            integer array                | integer[]
            varchar(10)[]                | character varying(10)[]
            uuid                         | uuid
            JSONB                        | jsonb
            public.status                | public.status
            public.status[]              | public.status[]
            app.status                   | app.status
            status                       | status
            pg_catalog.int4              | integer
            auth.users                   | auth.users
            "MyType"                     | "MyType"
            interval                     | interval
            interval day to second       | interval day to second
            bit                          | bit(1)
            varbit(8)                    | bit varying(8)
            geometry(Point, 4326)        | geometry(Point,4326)
            VARCHAR(255)                 | character varying(255)
            BIGINT                       | bigint
            TIMESTAMP WITH TIME ZONE     | timestamp with time zone
            TIMESTAMP(6) WITHOUT TIME ZONE | timestamp(6) without time zone
            DOUBLE PRECISION             | double precision
            CHARACTER VARYING(40)        | character varying(40)
            NUMERIC(12, 2)               | numeric(12,2)
            INTEGER[]                    | integer[]
            BOOLEAN                      | boolean
            INTERVAL DAY TO SECOND       | interval day to second
            """)
    void canonicalizesLikeFormatType(String written, String canonical) {
        assertThat(TypeNames.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            varchar(10)                  | character varying
            numeric(10,2)                | numeric
            timestamp(3) with time zone  | timestamp with time zone
            char(2)                      | character
            int                          | integer
            text[]                       | text[]
            """)
    void dropsModifiersForFunctionSignatures(String written, String canonical) {
        assertThat(TypeNames.withoutModifiers(written)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            org_role                     | public.org_role
            org_role[]                   | public.org_role[]
            ORG_ROLE                     | public.org_role
            public.org_role              | public.org_role
            app.org_role                 | app.org_role
            setof org_role               | public.org_role
            email                        | app.email
            email(10)                    | app.email(10)
            text                         | text
            int                          | integer
            pg_catalog.text              | text
            """)
    void qualifiesUserDefinedTypesWithTheirSchemaAsFormatTypeDoesUnderAnEmptySearchPath(String written,
            String canonical) {
        TypeNames.UserTypes userTypes = name -> switch (name) {
            case "org_role" -> "public";
            case "email" -> "app";
            default -> null;
        };
        assertThat(TypeNames.canonical(written, userTypes)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"serial,true", "BIGSERIAL,true", "serial8,true", "smallserial,true", "integer,false",
            "serial[],false"})
    void recognisesSerialTypes(String written, boolean serial) {
        assertThat(TypeNames.isSerial(written)).isEqualTo(serial);
    }
}
