using Chb.Hub.Options;

namespace Chb.Hub.StorageTests.Support;

/// <summary>Theory data: the providers every contract test runs against.</summary>
public static class Providers
{
    public static TheoryData<string> All => new(StorageProviders.All);

    /// <summary>The server engines, for behaviour SQLite has no counterpart to (sessions a server can drop).</summary>
    public static TheoryData<string> Servers => new(StorageProviders.PostgreSql, StorageProviders.SqlServer);
}
