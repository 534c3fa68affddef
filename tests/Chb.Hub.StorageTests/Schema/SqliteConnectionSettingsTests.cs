using Chb.Hub.Data;
using Chb.Hub.Options;
using Chb.Hub.StorageTests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Chb.Hub.StorageTests.Schema;

/// <summary>
/// SQLite keeps <c>synchronous</c> per connection, not in the file: every connection the store hands out, new or
/// back from the pool, must commit durably and carry the configured page cache (16 MiB unless Hub:Storage:SqliteCacheMiB says otherwise).
/// </summary>
public sealed class SqliteConnectionSettingsTests
{
    [Theory]
    [InlineData(null, -16384)]
    [InlineData("64", -65536)]
    public async Task EveryConnection_NewOrPooled_CommitsDurablyWithTheConfiguredPageCache(string? cacheMiB, long expected)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProviders.Sqlite);
        var settings = cacheMiB is null ? null : new Dictionary<string, string?> { ["Hub:Storage:SqliteCacheMiB"] = cacheMiB };
        var store = database.StartHub(settings).Services.GetRequiredService<IHubDatabase>();

        for (var round = 0; round < 3; round++)
        {
            // Two at once: the pool must hand out a second handle, which is set up on its own.
            await using var first = await store.OpenAsync(CancellationToken.None);
            await using var second = await store.OpenAsync(CancellationToken.None);
            foreach (var connection in new[] { first, second })
            {
                Assert.Equal(2, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous;"));
                Assert.Equal(expected, await connection.ExecuteScalarAsync<long>("PRAGMA cache_size;"));
            }
        }
    }
}
