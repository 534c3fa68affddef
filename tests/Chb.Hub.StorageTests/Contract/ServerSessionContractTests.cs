using Chb.Contracts.V1;
using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

/// <summary>A server ends the hub's sessions (restart, failover, an administrator): the next calls retry and succeed.</summary>
public sealed class ServerSessionContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.Servers), MemberType = typeof(Providers))]
    public async Task Push_AfterTheServerEndedTheHubsSessions_IsRetriedWholeAndStoredOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"));
        Assert.True(await EndHubSessionsAsync(db) > 0);

        var outcome = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Case(2, "ASB/2"));

        Assert.True(outcome.Row(1).Ack.Duplicate);
        Assert.Equal(2UL, outcome.Row(2).Ack.Sequence);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
        if (provider == StorageProviders.PostgreSql)
        {
            // Npgsql hands out the dead pooled session and fails on first use: the write must have been retried. SqlClient
            // may find the broken session when taking it from its pool and open a new one, with nothing to retry.
            Assert.Contains(hub.Logs.Entries, e => e.Category.StartsWith("Polly", StringComparison.Ordinal) && e.Message.Contains("OnRetry", StringComparison.Ordinal));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.Servers), MemberType = typeof(Providers))]
    public async Task GetStoreStatus_AfterTheServerEndedTheHubsSessions_IsRetried(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"));
        await hub.Admin().GetStoreStatusAsync(new GetStoreStatusRequest());
        Assert.True(await EndHubSessionsAsync(db) > 0);

        var status = await hub.Admin().GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 1 });

        Assert.Equal((1UL, 1L), (status.LastSequence, status.SourceRecords));
    }

    /// <summary>Ends every other session on the test database, as a server restart or failover would.</summary>
    private static Task<long> EndHubSessionsAsync(TestDatabase db) => db.ScalarAsync<long>(db.Provider == StorageProviders.PostgreSql
        ? "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS ended"
        : """
          DECLARE @ended bigint = 0, @session int, @kill nvarchar(40);
          DECLARE sessions CURSOR LOCAL FAST_FORWARD FOR
              SELECT session_id FROM sys.dm_exec_sessions WHERE database_id = DB_ID() AND session_id <> @@SPID AND is_user_process = 1;
          OPEN sessions;
          FETCH NEXT FROM sessions INTO @session;
          WHILE @@FETCH_STATUS = 0
          BEGIN
              SET @kill = N'KILL ' + CAST(@session AS nvarchar(10));
              EXEC (@kill);
              SET @ended += 1;
              FETCH NEXT FROM sessions INTO @session;
          END;
          SELECT @ended;
          """);
}
