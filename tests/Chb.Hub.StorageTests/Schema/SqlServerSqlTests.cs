using System.Reflection;
using Chb.Hub.Data;
using Chb.Hub.Data.SqlServer;
using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Chb.Hub.StorageTests.Schema;

/// <summary>
/// No SQL Server engine can run here, so the SQL it would be sent is at least parsed by Microsoft's own T-SQL parser:
/// the migrations, the dialect, and the SQL the repositories share between engines.
/// </summary>
public sealed class SqlServerSqlTests
{
    // Fragments (a column list) and other constants are left out: only whole statements can be parsed.
    private static readonly string[] Statements = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "DECLARE", "EXEC", "WITH"];

    public static TheoryData<string> Scripts => new(MigrationScripts.For(StorageProviders.SqlServer));

    public static TheoryData<string> SharedSqlNames => new(SharedSql().Keys);

    private static Dictionary<string, string> SharedSql()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        var dialect = new SqlServerDialect();
        foreach (var property in typeof(ISqlDialect).GetProperties())
        {
            data.Add($"{nameof(SqlServerDialect)}.{property.Name}", (string)property.GetValue(dialect)!);
        }

        // Every SQL constant of the data layer except the SQLite and PostgreSQL providers' own.
        var types = typeof(IHubDatabase).Assembly.GetTypes().Where(t =>
            t.Namespace is "Chb.Hub.Data" or "Chb.Hub.Data.SqlServer" or "Chb.Hub.Agencies" && !t.Name.StartsWith("Sqlite", StringComparison.Ordinal));
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                var sql = (string)field.GetRawConstantValue()!;
                if (Statements.Any(s => sql.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                {
                    data.Add($"{type.Name}.{field.Name}", sql);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MigrationScript_ParsesAsTransactSql(string script)
        => AssertParses(MigrationScripts.Read(StorageProviders.SqlServer, script));

    [Theory]
    [MemberData(nameof(SharedSqlNames))]
    public void Sql_ParsesAsTransactSql(string name)
    {
        // Dapper expands a list parameter into one parameter per item before SQL Server sees it.
        AssertParses(SharedSql()[name].Replace("IN @Keys", "IN (@Keys1, @Keys2)", StringComparison.Ordinal));
    }

    private static void AssertParses(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
    }
}
