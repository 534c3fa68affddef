using System.Globalization;
using System.Text.Json;
using Chb.Hub.Data;
using Chb.Hub.Opportunities;
using Dapper;

namespace Chb.Hub.GainCoordination;

/// <summary>An opportunity as the views count it: who owns the power, its tactic, and when it was raised.</summary>
internal sealed record CountedOpportunity(string OpportunityId, string TacticId, string SubjectHubId, string OwningAgency, string Status, DateOnly? RaisedOn)
{
    public bool IsLive => Status is OpportunityStates.Open or OpportunityStates.InProgress;
}

/// <summary>An intervention as the views count it.</summary>
internal sealed record CountedIntervention(string TacticId, string Agency, string? OwningAgency, DateOnly TakenOn, string Grade);

/// <summary>An OCG's picture: its name and score, its members and the places and people named beside them.</summary>
internal sealed record OcgPicture(string Reference, string? Name, long? Morile, IReadOnlyList<string> Members, IReadOnlyList<string> Locations, IReadOnlyList<string> Subjects);

/// <summary>
/// The queries behind the aggregated views. Everything here is counted, never shown: the views publish only cells built
/// by <see cref="ViewCells"/>.
/// </summary>
internal sealed class GainFigures(IHubDatabase database)
{
    private const string OcgRow = "SELECT name AS Name, morile_score AS Morile FROM ocgs WHERE ocg_reference = @Ocg";

    private const string PictureRows = """
        SELECT subject_kind AS Kind, subject_hub_id AS HubId, is_member AS IsMember FROM opportunity_subjects WHERE ocg_reference = @Ocg
        """;

    private const string OcgKnown = "SELECT COUNT(*) FROM record_ocgs WHERE ocg_reference = @Ocg";

    private const string ByUprn = "SELECT hub_id FROM locations WHERE uprn IN @Values";
    private const string BySector = "SELECT hub_id FROM locations WHERE postcode_sector IN @Values";
    private const string ByDistrict = "SELECT hub_id FROM locations WHERE postcode_sector LIKE @Pattern";

    // The people named in the same case (or record) as a place: tenants, occupiers, suspects, nominals living there.
    private const string PeopleAt = """
        SELECT DISTINCT other.subject_hub_id
        FROM record_subjects s
        JOIN record_cases sc ON sc.agency = s.agency AND sc.partner_reference = s.partner_reference
        JOIN record_cases oc ON oc.agency = sc.agency AND oc.case_key = sc.case_key
        JOIN record_subjects other ON other.agency = oc.agency AND other.partner_reference = oc.partner_reference
        WHERE s.subject_kind = 'location' AND s.subject_hub_id IN @Ids AND other.subject_kind = 'nominal' AND other.subject_hub_id IS NOT NULL
        """;

    private const string MemberOcgs = """
        SELECT DISTINCT s.ocg_reference AS Ocg, g.morile_score AS Morile
        FROM opportunity_subjects s LEFT JOIN ocgs g ON g.ocg_reference = s.ocg_reference
        WHERE s.is_member = 1 AND s.subject_kind = 'nominal' AND s.subject_hub_id IN @Ids
        """;

    // Raised: the opportunity has its "new" event. Dated by its evidence (below), not by when the projector ran.
    private const string Raised = """
        SELECT o.opportunity_id AS OpportunityId, o.tactic_id AS TacticId, o.subject_hub_id AS SubjectHubId, o.owning_agency AS OwningAgency,
               o.status AS Status, o.evidence AS Evidence
        FROM opportunities o
        WHERE o.subject_hub_id IN @Ids
          AND EXISTS (SELECT 1 FROM opportunity_events e WHERE e.opportunity_id = o.opportunity_id AND e.kind = 'new')
        """;

    private const string Taken = """
        SELECT i.tactic_id AS TacticId, i.agency AS Agency, o.owning_agency AS OwningAgency, i.taken_at_ticks AS TakenAtTicks, i.grade AS Grade
        FROM interventions i LEFT JOIN opportunities o ON o.opportunity_id = i.opportunity_id
        WHERE i.subject_hub_id IN @Ids
        """;

    public async Task<OcgPicture?> OcgAsync(string ocg, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var args = new { Ocg = ocg };
        var row = await connection.QuerySingleOrDefaultAsync<(string? Name, long? Morile)?>(new CommandDefinition(OcgRow, args, cancellationToken: cancellationToken));
        var picture = (await connection.QueryAsync<(string Kind, string HubId, long IsMember)>(new CommandDefinition(PictureRows, args, cancellationToken: cancellationToken))).AsList();
        if (row is null && picture.Count == 0
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(OcgKnown, args, cancellationToken: cancellationToken)) == 0)
        {
            return null;
        }

        return new OcgPicture(
            ocg,
            row?.Name,
            row?.Morile,
            [.. picture.Where(p => p.Kind == Linking.SubjectKinds.Nominal && p.IsMember == 1).Select(p => p.HubId).Distinct(StringComparer.Ordinal)],
            [.. picture.Where(p => p.Kind == Linking.SubjectKinds.Location).Select(p => p.HubId).Distinct(StringComparer.Ordinal)],
            [.. picture.Select(p => p.HubId).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The hub locations in a site: a listed UPRN, or a postcode sector or district in its area.</summary>
    public async Task<IReadOnlyList<string>> SiteLocationsAsync(StoredSite site, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        async Task AddAsync(string sql, object args)
            => found.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(database.Sql.InLists(sql), args, cancellationToken: cancellationToken)));

        foreach (var chunk in site.Uprns.Chunk(500))
        {
            await AddAsync(ByUprn, new { Values = SqlList.Of(chunk) });
        }

        var sectors = site.Areas.Where(a => a.Kind == SiteArea.Sector).Select(a => a.Area).ToArray();
        if (sectors.Length > 0)
        {
            await AddAsync(BySector, new { Values = SqlList.Of(sectors) });
        }

        foreach (var district in site.Areas.Where(a => a.Kind == SiteArea.District))
        {
            // Districts are letters and digits only (validated), so the pattern has no wildcard of its own.
            await AddAsync(ByDistrict, new { Pattern = district.Area + " %" });
        }

        return [.. found];
    }

    public Task<IReadOnlyList<string>> PeopleAtAsync(IReadOnlyList<string> locations, CancellationToken cancellationToken)
        => ChunkedAsync<string>(PeopleAt, locations, static s => s, cancellationToken);

    public Task<IReadOnlyList<(string Ocg, long? Morile)>> MemberOcgsAsync(IReadOnlyList<string> nominals, CancellationToken cancellationToken)
        => ChunkedAsync<(string Ocg, long? Morile)>(MemberOcgs, nominals, static r => r, cancellationToken);

    public async Task<IReadOnlyList<CountedOpportunity>> OpportunitiesAsync(IReadOnlyList<string> subjects, CancellationToken cancellationToken)
        => await ChunkedAsync<RaisedRow, CountedOpportunity>(Raised, subjects, static r => new CountedOpportunity(
            r.OpportunityId, r.TacticId, r.SubjectHubId, r.OwningAgency, r.Status, RaisedOn(r.Evidence)), cancellationToken);

    public async Task<IReadOnlyList<CountedIntervention>> InterventionsAsync(IReadOnlyList<string> subjects, CancellationToken cancellationToken)
        => await ChunkedAsync<(string TacticId, string Agency, string? OwningAgency, long TakenAtTicks, string Grade), CountedIntervention>(
            Taken, subjects, static r => new CountedIntervention(
                r.TacticId, r.Agency, r.OwningAgency, DateOnly.FromDateTime(new DateTime(r.TakenAtTicks, DateTimeKind.Utc)), r.Grade), cancellationToken);

    /// <summary>
    /// When an opportunity was raised: the day its last justifying fact arose (undated facts are dated by the record's
    /// arrival). Rebuilding the projection gives the same day, which a projector's clock would not.
    /// </summary>
    private static DateOnly? RaisedOn(string evidence)
    {
        var items = JsonSerializer.Deserialize(evidence, OpportunityJson.Default.EvidenceItemArray) ?? [];
        return items
            .Select(i => DateOnly.TryParseExact(i.On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .Max();
    }

    private Task<IReadOnlyList<T>> ChunkedAsync<T>(string sql, IReadOnlyList<string> ids, Func<T, T> map, CancellationToken cancellationToken)
        => ChunkedAsync<T, T>(sql, ids, map, cancellationToken);

    private async Task<IReadOnlyList<TResult>> ChunkedAsync<TRow, TResult>(string sql, IReadOnlyList<string> ids, Func<TRow, TResult> map, CancellationToken cancellationToken)
    {
        var result = new List<TResult>();
        if (ids.Count == 0)
        {
            return result;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await connection.QueryAsync<TRow>(new CommandDefinition(database.Sql.InLists(sql), new { Ids = SqlList.Of(chunk) }, cancellationToken: cancellationToken));
            result.AddRange(rows.Select(map));
        }

        return result;
    }

    private sealed record RaisedRow(string OpportunityId, string TacticId, string SubjectHubId, string OwningAgency, string Status, string Evidence);
}
