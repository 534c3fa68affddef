using System.Collections.Concurrent;
using Chb.Hub.Options;

namespace Chb.Hub.StorageTests.Support;

/// <summary>
/// Decides whether a provider's tests run, skip or fail. SQLite always runs. PostgreSQL runs when CHB_TEST_POSTGRES is
/// set; on CI a missing or unreachable PostgreSQL fails the tests, because CI is where it must be proven. SQL Server
/// runs when CHB_TEST_SQLSERVER is set and is otherwise skipped, on CI too: no engine can be installed here.
/// </summary>
public static class ProviderAvailability
{
    public const string PostgresVariable = "CHB_TEST_POSTGRES";
    public const string SqlServerVariable = "CHB_TEST_SQLSERVER";

    private static readonly ConcurrentDictionary<string, Lazy<Task<string?>>> Probes = new(StringComparer.Ordinal);

    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>Returns the server's connection string, skips the test, or throws so that it fails.</summary>
    public static async Task<string?> RequireAsync(string provider)
    {
        if (provider == StorageProviders.Sqlite)
        {
            return null;
        }

        var variable = provider == StorageProviders.PostgreSql ? PostgresVariable : SqlServerVariable;
        var connectionString = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == StorageProviders.PostgreSql && IsCi)
            {
                throw new InvalidOperationException($"CI is set but {variable} is not: CI must run the PostgreSQL contract tests (.ci/run starts a server).");
            }

            Skip.If(true, provider == StorageProviders.PostgreSql
                ? $"{variable} is not set: give it a PostgreSQL connection string to run these tests (.ci/run starts a server)."
                : $"{variable} is not set: no SQL Server engine can be installed on these machines; give it a connection string to run these tests.");
        }

        var problem = await Probes.GetOrAdd(provider, p => new Lazy<Task<string?>>(() => ServerDatabases.For(p, connectionString!).ProbeAsync())).Value;
        if (problem is not null)
        {
            throw new InvalidOperationException($"{variable} is set but the server cannot be used: {problem}");
        }

        return connectionString;
    }
}
