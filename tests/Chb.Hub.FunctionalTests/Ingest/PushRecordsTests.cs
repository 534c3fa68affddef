using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Ingest;

public sealed class PushRecordsTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Push_ValidRecords_AcksEachWithIncreasingSequence()
    {
        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing),
            Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), Case(2, "ASB/2"), Case(3, "ASB/3")), Complete());

        var sequences = outcome.Rows.Select(r => r.Ack.Sequence).ToList();
        Assert.All(outcome.Rows, r => Assert.False(r.Ack.Duplicate));
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(3, sequences.Distinct().Count());
        Assert.Equal(3, outcome.Summary.Accepted);
        Assert.Equal(sequences.Max(), outcome.Summary.LastSequence);
    }

    [Fact]
    public async Task Push_AckedRecords_AreInTheStoreFile()
    {
        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/9")), Complete());

        var stored = await StoreFile.QueryAsync<(long Sequence, string Agency, string PartnerReference)>(
            _hub.DatabasePath, "SELECT sequence, agency, partner_reference FROM source_records");
        Assert.Equal([((long)outcome.Row(1).Ack.Sequence, TestSettings.Housing, "ASB/9")], stored);
    }

    [Fact]
    public async Task Push_RetriedWithSameKey_IsDuplicateWithOriginalSequence()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        var first = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1", key: "k-1")), Complete());
        var retry = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(7, "ASB/1", key: "k-1")), Complete());

        Assert.True(retry.Row(7).Ack.Duplicate);
        Assert.Equal(first.Row(1).Ack.Sequence, retry.Row(7).Ack.Sequence);
        Assert.Equal(1, retry.Summary.Duplicates);
        Assert.Equal(1L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
    }

    [Fact]
    public async Task Push_UnchangedRecordsWithoutKeys_AreDuplicatesAndChangedOnesNewVersions()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), Case(2, "ASB/2")), Complete());
        var again = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), Case(2, "ASB/2", status: "Closed")), Complete());

        Assert.True(again.Row(1).Ack.Duplicate);
        Assert.False(again.Row(2).Ack.Duplicate);
        Assert.Equal(3L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
    }

    [Fact]
    public async Task Push_SameKeyDifferentContent_IsRejectedAndQuarantined()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1", key: "k-1")), Complete());
        var clash = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1", status: "Closed", key: "k-1")), Complete());

        var rejection = clash.Row(1).Rejection;
        Assert.Equal(RejectionCode.IdempotencyConflict, rejection.Code);
        Assert.Equal("idempotencyKey", rejection.Field);
        Assert.Equal(1L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM quarantine WHERE id = @Id", new { Id = rejection.QuarantineId }));
    }

    [Fact]
    public async Task Push_SameKeyTwiceInOneBatch_StoresOnce()
    {
        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing),
            Start(TestSettings.Housing), Batch(Case(1, "ASB/1", key: "k"), Case(2, "ASB/1", key: "k")), Complete());

        Assert.False(outcome.Row(1).Ack.Duplicate);
        Assert.True(outcome.Row(2).Ack.Duplicate);
        Assert.Equal(outcome.Row(1).Ack.Sequence, outcome.Row(2).Ack.Sequence);
    }

    [Fact]
    public async Task Push_InvalidRecord_IsRejectedWithFieldPathAndQuarantinedWhileOthersCommit()
    {
        var bad = Case(2, "ASB/2");
        bad.Record.Locations[0].Postcode = "NOT A POSTCODE";
        bad.Record.Parties[0].Person.DateOfBirth = "14/07/1991";

        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), bad), Complete());

        Assert.NotNull(outcome.Row(1).Ack);
        var rejection = outcome.Row(2).Rejection;
        var fields = new[] { rejection.Field }.Concat(rejection.OtherProblems.Select(p => p.Field)).ToList();
        Assert.Contains("parties[0].person.dateOfBirth", fields);
        Assert.Contains("locations[0].postcode", fields);
        var quarantined = await StoreFile.QueryAsync<(long Row, string Field)>(_hub.DatabasePath, "SELECT row_number, field FROM quarantine");
        Assert.Equal([(2L, rejection.Field)], quarantined);
        Assert.Equal(1, outcome.Summary.Rejected);
    }

    [Fact]
    public async Task Push_ManyBatches_AnswersEveryRow()
    {
        var messages = new List<PushRequest> { Start(TestSettings.Housing) };
        messages.AddRange(Enumerable.Range(0, 12).Select(b => Batch(Enumerable.Range(1, 100).Select(i => Case(b * 100 + i, $"ASB/{b * 100 + i}")).ToArray())));
        messages.Add(Complete());

        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), messages);

        Assert.Equal(Enumerable.Range(1, 1200).Select(i => (long)i), outcome.Rows.Select(r => r.Row).Order());
        Assert.Equal(1200, outcome.Summary.Accepted);
    }
}
