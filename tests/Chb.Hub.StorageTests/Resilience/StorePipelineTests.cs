using System.Net.Sockets;
using Chb.Hub.Options;
using Chb.Hub.Resilience;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Polly.Registry;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace Chb.Hub.StorageTests.Resilience;

public sealed class StorePipelineTests
{
    [Fact]
    public void StorePipeline_IsTotalTimeoutThenRetryThenAttemptTimeout()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddOptions()
            .AddHubResilience()
            .BuildServiceProvider();

        var descriptor = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineKeys.Store).GetPipelineDescriptor();

        var defaults = new StorageOptions();
        Assert.Collection(
            descriptor.Strategies,
            s => Assert.Equal(defaults.TotalTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout),
            s => Assert.Equal(defaults.MaxRetryAttempts, Assert.IsType<RetryStrategyOptions>(s.Options).MaxRetryAttempts),
            s => Assert.Equal(defaults.AttemptTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
    }

    public static TheoryData<Exception, bool> Failures => new()
    {
        { new NpgsqlException("connection lost", new IOException("reset")), true },
        { new NpgsqlException("connection lost", new SocketException()), true },
        { new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01"), true },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), true },
        { new PostgresException("could not serialize access", "ERROR", "ERROR", "40001"), true },
        { new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"), false },
        { new PostgresException("syntax error", "ERROR", "ERROR", "42601"), false },
        { new SqliteException("database is locked", SQLitePCL.raw.SQLITE_BUSY), true },
        { new SqliteException("constraint failed", SQLitePCL.raw.SQLITE_CONSTRAINT), false },
        { new InvalidOperationException("not a store failure"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsTransient_ClassifiesStoreFailures(Exception failure, bool transient)
        => Assert.Equal(transient, TransientStoreErrors.IsTransient(failure));
}
