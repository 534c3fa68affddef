using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;

namespace Chb.Hub.StorageTests.Schema;

public sealed class SchemaContractTests
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [StorageProviders.Sqlite] = """
            SELECT m.name, p.name, CASE WHEN p."notnull" = 1 OR p.pk > 0 THEN 0 ELSE 1 END
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'
            """,
        [StorageProviders.PostgreSql] = """
            SELECT table_name, column_name, CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END
            FROM information_schema.columns WHERE table_schema = current_schema()
            """,
        [StorageProviders.SqlServer] = """
            SELECT TABLE_NAME, COLUMN_NAME, CASE WHEN IS_NULLABLE = 'YES' THEN 1 ELSE 0 END
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA_NAME()
            """,
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.Servers), MemberType = typeof(Providers))]
    public async Task Migrations_CreateTheSameTablesColumnsAndNullabilityAsSqlite(string provider)
    {
        await using var sqlite = await TestDatabase.CreateAsync(StorageProviders.Sqlite);
        await using var server = await TestDatabase.CreateAsync(provider);
        sqlite.StartHub();
        server.StartHub();

        var expected = await SchemaAsync(sqlite);
        var actual = await SchemaAsync(server);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.Servers), MemberType = typeof(Providers))]
    public async Task Hubs_StartingTogetherOnAnEmptyDatabase_ApplyEachScriptOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Task.WhenAll(Task.Run(() => db.StartHub()), Task.Run(() => db.StartHub()));

        var scripts = MigrationScripts.For(provider);
        Assert.Equal(scripts.Count, await db.ScalarAsync<long>("SELECT COUNT(*) FROM schemaversions"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    private static async Task<List<string>> SchemaAsync(TestDatabase db)
    {
        var rows = await db.QueryAsync<(string Table, string Column, long Nullable)>(Columns[db.Provider]);
        return [.. rows
            .Where(r => !string.Equals(r.Table, "schemaversions", StringComparison.OrdinalIgnoreCase))
            .Select(r => $"{r.Table.ToLowerInvariant()}.{r.Column.ToLowerInvariant()}{(r.Nullable == 1 ? " null" : string.Empty)}")
            .Order(StringComparer.Ordinal)];
    }
}
