using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using static Chb.Hub.FunctionalTests.Linking.PartnerRecords;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>
/// Values that grow common one record at a time: the projector weighs the holders' stored pairs again each time a
/// frequency level rises, and drops pairs whose only shared block passed its cap. What it ends with must be exactly
/// what a rebuild computes from all the records at once.
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

    private async Task<List<CandidateLink>> NominalLinksAsync()
        => [.. (await _client.LinksAsync(TestSettings.Housing)).Where(l => l.SubjectKind == "nominal")];
}
