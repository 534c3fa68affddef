using System.Security.Cryptography;
using System.Text;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class IngestContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_ValidRecords_AcksEachWithTheSequenceItWasStoredUnder(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();

        var outcome = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Case(2, "ASB/2"), Case(3, "ASB/3"));

        Assert.Equal([1L, 2L, 3L], outcome.AckedSequences);
        Assert.All(outcome.Rows, r => Assert.False(r.Ack.Duplicate));
        var stored = await db.QueryAsync<(long Sequence, string Agency, string Reference, long Retracted)>(
            "SELECT sequence, agency, partner_reference, CAST(retracted AS BIGINT) FROM source_records ORDER BY sequence");
        Assert.Equal([(1L, StorageHub.Housing, "ASB/1", 0L), (2L, StorageHub.Housing, "ASB/2", 0L), (3L, StorageHub.Housing, "ASB/3", 0L)], stored);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_BatchesLargerThanACommit_StoreEveryRowIntact(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub(new Dictionary<string, string?> { ["Hub:Ingest:BatchSize"] = "500" });
        var batches = Enumerable.Range(0, 3).Select(b => Cases("ENV/", (b * 400) + 1, 400).ToList()).ToList();
        batches[1][7] = Case(408, "ENV/Ó Súilleabháin-Zoë-李", family: "Ó Súilleabháin");

        var outcome = await Pushes.PushAsync(hub, StorageHub.Environment, batches);

        Assert.Equal(1200, outcome.Summary.Accepted);
        Assert.Equal(Enumerable.Range(1, 1200).Select(i => (long)i), outcome.AckedSequences.Order());
        var rows = await db.QueryAsync<(string Reference, string Body, string Hash, string? AdapterId, string PushId, DateTimeOffset ReceivedAt)>(
            "SELECT partner_reference, body, payload_hash, adapter_id, push_id, received_at FROM source_records");
        Assert.Equal(1200, rows.Count);

        // The bulk path must store each body byte for byte: its hash is the one computed before storing.
        Assert.All(rows, r => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.Body))), r.Hash));
        Assert.Contains(rows, r => r.Reference == "ENV/Ó Súilleabháin-Zoë-李");
        Assert.All(rows, r => Assert.Null(r.AdapterId));
        Assert.Single(rows.Select(r => r.PushId).Distinct(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(TimeSpan.Zero, r.ReceivedAt.Offset));
    }
}
