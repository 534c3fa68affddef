using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Chb.Hub.StorageTests.Schema;

public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData(StorageProviders.PostgreSql, "", "ConnectionString is required for the PostgreSql provider")]
    [InlineData(StorageProviders.SqlServer, "", "ConnectionString is required for the SqlServer provider")]
    [InlineData("Oracle", "Data Source=x", "Provider 'Oracle' is not one of Sqlite, PostgreSql, SqlServer")]
    public void Start_WithAnIncompleteStorageSection_FailsNamingTheProblem(string provider, string connectionString, string expected)
    {
        var ex = Assert.IsType<OptionsValidationException>(StartFailure(provider, connectionString));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>What starting a hub with these settings throws (see <see cref="StartFailure"/>).</summary>
    private static Exception? StartFailure(string provider, string connectionString)
        => Chb.Tests.Shared.StartFailure.Of(() => Hub(provider, connectionString), hub => _ = hub.Server);

    /// <summary>Both server providers are wired in: with no server behind them, the hub fails at start trying to reach it.</summary>
    [Fact]
    public void Start_OnAServerProviderWithNoServerListening_FailsConnecting()
    {
        using var postgres = Hub(StorageProviders.PostgreSql, "Host=127.0.0.1;Port=1;Database=chb;Username=chb;Password=x;Timeout=2");
        using var sqlServer = Hub(StorageProviders.SqlServer, "Server=127.0.0.1,1;Database=chb;User ID=chb;Password=x;Connect Timeout=2;Encrypt=False");

        Assert.Contains(Chain(Assert.ThrowsAny<Exception>(() => postgres.Server)), e => e is NpgsqlException);
        Assert.Contains(Chain(Assert.ThrowsAny<Exception>(() => sqlServer.Server)), e => e is SqlException);
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }

    private static StorageHub Hub(string provider, string connectionString) => new(new Dictionary<string, string?>
    {
        ["Hub:Storage:Provider"] = provider,
        ["Hub:Storage:ConnectionString"] = connectionString,
    });
}
