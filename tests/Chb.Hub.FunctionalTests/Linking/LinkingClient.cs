using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>Pushes partner records and reads the linking projection with read-your-writes on its checkpoint.</summary>
public sealed class LinkingClient(HubFactory hub)
{
    private readonly Admin.AdminClient _admin = new(hub.Admin());
    private readonly Dictionary<string, Admin.AdminClient> _admins = new(StringComparer.Ordinal);

    public ulong LastSequence { get; private set; }

    public Admin.AdminClient Admin => _admin;

    public static Dictionary<string, string?> Settings() => new() { ["Hub:Reads:MinSequenceWait"] = "00:00:20", ["Hub:Linking:PollInterval"] = "00:00:00.050" };

    public async Task PushAsync(string agency, params RecordEnvelope[] records)
    {
        var outcome = await PushClient.PushAsync(hub.Partner(agency), Start(agency), Batch(records), Complete());
        Assert.All(outcome.Rows, r => Assert.True(r.Ack is not null, r.Rejection?.ToString()));
        LastSequence = Math.Max(LastSequence, outcome.Summary.LastSequence);
    }

    /// <summary>An administrator of <paramref name="agency"/>: sees that agency's partner references in links.</summary>
    public Admin.AdminClient AdminOf(string agency)
        => _admins.TryGetValue(agency, out var admin) ? admin : _admins[agency] = new(hub.CreateChannel(Chb.Tests.Shared.TestIdentity.Admin(agency)));

    public async Task<List<RecordSubject>> SubjectsAsync(string agency, string reference)
        => [.. (await AdminOf(agency).ListRecordSubjectsAsync(new ListRecordSubjectsRequest { Agency = agency, PartnerReference = reference, MinSequence = LastSequence })).Subjects];

    public async Task<string> NominalAsync(string agency, string reference, int index = 0)
        => (await SubjectsAsync(agency, reference)).Single(s => s.SubjectKind == "nominal" && s.Index == index).HubId;

    public async Task<string> LocationAsync(string agency, string reference)
        => (await SubjectsAsync(agency, reference)).Single(s => s.SubjectKind == "location").HubId;

    public async Task<List<CandidateLink>> LinksAsync(string? asAgency = null)
    {
        var admin = asAgency is null ? _admin : AdminOf(asAgency);
        var links = new List<CandidateLink>();
        var token = string.Empty;
        do
        {
            var page = await admin.ListLinksAsync(new ListLinksRequest { MinSequence = LastSequence, Page = new PageRequest { PageSize = 2, PageToken = token } });
            links.AddRange(page.Links);
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);
        return links;
    }

    /// <summary>Every stored link as one line (ids, records, outcome, method, score, clusters, explanation), as of <paramref name="minSequence"/>.</summary>
    public async Task<List<string>> SnapshotAsync(ulong minSequence)
    {
        var lines = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await _admin.ListLinksAsync(new ListLinksRequest { MinSequence = minSequence, Page = new PageRequest { PageSize = 50, PageToken = token } });
            lines.AddRange(page.Links.Select(l => $"{l.LinkId} {l.LeftRecordId} {l.RightRecordId} {l.Outcome} {l.Method} {l.Score} {l.LeftHubId} {l.RightHubId} {string.Join(',', l.Features)}"));
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);
        return lines;
    }
}
