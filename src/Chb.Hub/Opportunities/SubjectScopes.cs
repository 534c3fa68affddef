using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Which OCGs' pictures a nominal or location belongs to: a nominal whose records state a membership is a
/// member; anyone or anywhere named in the same case (or record) as a member belongs to that OCG's picture too (the
/// cuckooed flat, the victim to safeguard). LROs' need-to-know is read from what this writes. The joins are
/// written as CROSS JOINs so SQLite keeps this order (each step on an index) with or without statistics.
/// Subjects are refreshed many at a time, and only rows that changed are written.
/// </summary>
internal static class SubjectScopes
{
    private const string OcgsOf = """
        SELECT DISTINCT s.subject_hub_id AS HubId, o.ocg_reference AS OcgReference,
               CASE WHEN other.subject_kind = s.subject_kind AND other.subject_hub_id = s.subject_hub_id THEN 1 ELSE 0 END AS IsMember
        FROM record_subjects s
        CROSS JOIN record_cases sc
        CROSS JOIN record_cases oc
        CROSS JOIN record_subjects other
        CROSS JOIN record_subjects om
        CROSS JOIN record_ocgs o
        WHERE s.subject_kind = @Kind AND s.subject_hub_id IN @HubIds
          AND sc.agency = s.agency AND sc.partner_reference = s.partner_reference
          AND oc.agency = sc.agency AND oc.case_key = sc.case_key
          AND other.agency = oc.agency AND other.partner_reference = oc.partner_reference AND other.subject_kind = 'nominal'
          AND om.subject_kind = 'nominal' AND om.subject_hub_id = other.subject_hub_id
          AND o.agency = om.agency AND o.partner_reference = om.partner_reference
        """;

    private const string Current = """
        SELECT subject_hub_id AS HubId, ocg_reference AS OcgReference, is_member AS IsMember
        FROM opportunity_subjects WHERE subject_kind = @Kind AND subject_hub_id IN @HubIds
        """;

    private const string Delete = "DELETE FROM opportunity_subjects WHERE subject_kind = @Kind AND subject_hub_id = @HubId AND ocg_reference = @OcgReference";
    private const string Insert = "INSERT INTO opportunity_subjects (ocg_reference, subject_kind, subject_hub_id, is_member) VALUES (@OcgReference, @Kind, @HubId, @IsMember)";

    /// <summary>
    /// Recomputes the OCGs of the <paramref name="live"/> subjects and removes those of the <paramref name="gone"/> ones
    /// (all of <paramref name="kind"/>); answers each live subject's OCGs, ordered, with whether it is a member.
    /// </summary>
    public static async Task<Dictionary<string, List<(string Ocg, bool IsMember)>>> RefreshAsync(
        WriteScope scope, string kind, IReadOnlyCollection<string> live, IReadOnlyCollection<string> gone, CancellationToken cancellationToken)
    {
        var fresh = (await ReadAsync(scope, OcgsOf, kind, live, cancellationToken))
            .GroupBy(r => (r.HubId, r.OcgReference))
            .Select(g => (g.Key.HubId, g.Key.OcgReference, IsMember: g.Any(r => r.IsMember == 1)))
            .ToList();
        var current = (await ReadAsync(scope, Current, kind, [.. live, .. gone], cancellationToken))
            .Select(r => (r.HubId, r.OcgReference, IsMember: r.IsMember == 1))
            .ToList();

        var stale = current.Except(fresh).Select(r => new { Kind = kind, r.HubId, r.OcgReference });
        var added = fresh.Except(current).Select(r => new { r.OcgReference, Kind = kind, r.HubId, IsMember = r.IsMember ? 1 : 0 });
        await scope.Connection.ExecuteAsync(new CommandDefinition(Delete, stale, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, added, scope.Transaction, cancellationToken: cancellationToken));

        return fresh.GroupBy(r => r.HubId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(r => (r.OcgReference, r.IsMember)).OrderBy(r => r.OcgReference, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    private static async Task<List<(string HubId, string OcgReference, long IsMember)>> ReadAsync(
        WriteScope scope, string sql, string kind, IReadOnlyCollection<string> hubIds, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string, long)>();
        foreach (var chunk in hubIds.Chunk(500))
        {
            rows.AddRange(await scope.Connection.QueryAsync<(string HubId, string OcgReference, long IsMember)>(new CommandDefinition(
                scope.Sql.InLists(sql), new { Kind = kind, HubIds = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)));
        }

        return rows;
    }
}
