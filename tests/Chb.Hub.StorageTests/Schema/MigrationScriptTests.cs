using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;

namespace Chb.Hub.StorageTests.Schema;

public sealed class MigrationScriptTests
{
    /// <summary>A SQLite migration without its PostgreSQL and SQL Server forms would leave those providers behind.</summary>
    [Theory]
    [InlineData(StorageProviders.PostgreSql)]
    [InlineData(StorageProviders.SqlServer)]
    public void EverySqliteScript_HasAFormOfTheSameNameForTheServerProvider(string provider)
    {
        var sqlite = MigrationScripts.For(StorageProviders.Sqlite);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, MigrationScripts.For(provider));
    }
}
