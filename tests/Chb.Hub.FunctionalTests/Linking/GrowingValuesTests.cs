using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using static Chb.Hub.FunctionalTests.Linking.PartnerRecords;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>
/// Values that grow common one record at a time: the projector weighs the holders' stored pairs again each time a
/// frequency level rises, and drops pairs whose only shared block passed its cap, but never a strong identifier's. What
/// it ends with must be exactly what a rebuild computes from all the records at once.
/// </summary>
public sealed class GrowingValuesTests : IAsyncLifetime
{
    private const string Hostel = "Bridge House Hostel, 1 Station Road, Bradford";
    private const int Residents = 20;
    private readonly HubFactory _hub = new(new Dictionary<string, string?>(LinkingClient.Settings()) { ["Hub:Linking:Model:MaxBlockSize"] = "12" });
    private LinkingClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new LinkingClient(_hub);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Rebuild_AfterAHostelFillsOneRecordAtATime_ProducesIdenticalLinks()
    {
        // Dean Holt twice, then other residents of the same hostel and family name, each linked before the next arrives.
        for (var i = 0; i < Residents; i++)
        {
            var given = i < 2 ? "Dean" : i % 2 == 0 ? "Dean" : "Dane";
            var dob = i % 3 == 0 ? null : $"19{70 + (i % 4)}-0{1 + (i % 9)}-1{i % 10}";
            var reference = $"ASB/2024/{i:D5}";
            await _client.PushAsync(TestSettings.Housing, Case(i + 1, reference, "ASB",
                [Person(PartyRole.Perpetrator, given, "Holt", dob)], Place(LocationRelation.Subject, Hostel, "BD1 1AA", null)));
            await _client.SubjectsAsync(TestSettings.Housing, reference);
            if (i == 1)
            {
                var early = await NominalLinksAsync();
                Assert.Contains(early, l => l.Outcome == "link");
            }
        }

        var incremental = await _client.SnapshotAsync(_client.LastSequence);
        var rebuilt = await _client.Admin.RebuildAsync(new RebuildRequest { Projection = "links" });
        var fromScratch = await _client.SnapshotAsync(rebuilt.RebuiltToSequence);

        Assert.Equal(fromScratch, incremental);
        Assert.DoesNotContain(await NominalLinksAsync(), l => l.LeftRecordId.Contains("ASB/2024/00000", StringComparison.Ordinal)
            && l.RightRecordId.Contains("ASB/2024/00001", StringComparison.Ordinal) && l.Outcome == "link");
    }

    [Fact]
    public async Task StrongIdentifier_HeldByMoreRecordsThanAnyBlockCap_KeepsEveryRecordInOneNominal()
    {
        // A prolific nominal: more police records than the block cap, every name and birth-date block past it, so only
        // the PNC can bring a new record to the others.
        var references = Enumerable.Range(0, Residents).Select(i => $"WYP-N-{i:D4}").ToList();
        for (var i = 0; i < Residents; i++)
        {
            await _client.PushAsync(TestSettings.Police, Nominal(i + 1, references[i], Person(PartyRole.Nominal, "Imran", "Khan", "1990-11-02", KhanPnc), null, null));
            await _client.SubjectsAsync(TestSettings.Police, references[i]);
        }

        var hubs = await HubsAsync(references);

        // Retract the record every link goes through (the PNC's representative) and two others.
        var links = await _client.LinksAsync(TestSettings.Police);
        var hub = references.First(r => links.All(l => l.LeftRecordId.Contains(r, StringComparison.Ordinal) || l.RightRecordId.Contains(r, StringComparison.Ordinal)));
        string[] gone = [hub, .. references.Where(r => r != hub).Take(2)];
        var retracted = await new Contracts.V1.Ingest.IngestClient(_hub.Partner(TestSettings.Police)).RetractAsync(
            new RetractRequest { Agency = TestSettings.Police, PartnerReferences = { gone }, Reason = "entered in error" });
        var remaining = await HubsAsync(references.Except(gone), retracted.Results.Max(r => r.Sequence));
        var incremental = await _client.SnapshotAsync(retracted.Results.Max(r => r.Sequence));
        var rebuilt = await _client.Admin.RebuildAsync(new RebuildRequest { Projection = "links" });

        Assert.Single(hubs.Distinct());
        Assert.Equal(Residents - 1, links.Count);
        Assert.Single(remaining.Distinct());
        Assert.Equal(await _client.SnapshotAsync(rebuilt.RebuiltToSequence), incremental);
    }

    private async Task<List<string>> HubsAsync(IEnumerable<string> references, ulong minSequence = 0)
    {
        var hubs = new List<string>();
        foreach (var reference in references)
        {
            var subjects = await _client.AdminOf(TestSettings.Police).ListRecordSubjectsAsync(new ListRecordSubjectsRequest
            {
                Agency = TestSettings.Police, PartnerReference = reference, MinSequence = Math.Max(minSequence, _client.LastSequence),
            });
            hubs.Add(subjects.Subjects.Single(s => s.SubjectKind == "nominal").HubId);
        }

        return hubs;
    }

    private async Task<List<CandidateLink>> NominalLinksAsync()
        => [.. (await _client.LinksAsync(TestSettings.Housing)).Where(l => l.SubjectKind == "nominal")];
}
