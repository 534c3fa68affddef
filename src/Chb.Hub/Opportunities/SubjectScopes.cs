using Chb.Hub.Data;
using Chb.Hub.Linking;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Which OCGs' pictures a nominal or location belongs to: a nominal whose records state a membership is a
/// member; anyone or anywhere named in the same case (or record) as a member belongs to that OCG's picture too (the
/// cuckooed flat, the victim to safeguard). LROs' need-to-know is read from what this writes. The joins are
/// written as CROSS JOINs so SQLite keeps this order (each step on an index) with or without statistics.
/// </summary>
internal static class SubjectScopes
{
    private const string OcgsOf = """
        SELECT DISTINCT o.ocg_reference AS OcgReference, CASE WHEN other.subject_kind = s.subject_kind AND other.subject_hub_id = s.subject_hub_id THEN 1 ELSE 0 END AS IsMember
        FROM record_subjects s
        CROSS JOIN record_cases sc
        CROSS JOIN record_cases oc
        CROSS JOIN record_subjects other
        CROSS JOIN record_subjects om
        CROSS JOIN record_ocgs o
        WHERE s.subject_kind = @Kind AND s.subject_hub_id = @HubId
          AND sc.agency = s.agency AND sc.partner_reference = s.partner_reference
          AND oc.agency = sc.agency AND oc.case_key = sc.case_key
          AND other.agency = oc.agency AND other.partner_reference = oc.partner_reference AND other.subject_kind = 'nominal'
          AND om.subject_kind = 'nominal' AND om.subject_hub_id = other.subject_hub_id
          AND o.agency = om.agency AND o.partner_reference = om.partner_reference
        """;

    private const string Delete = "DELETE FROM opportunity_subjects WHERE subject_kind = @Kind AND subject_hub_id = @HubId";
    private const string Insert = "INSERT INTO opportunity_subjects (ocg_reference, subject_kind, subject_hub_id, is_member) VALUES (@OcgReference, @Kind, @HubId, @IsMember)";

    /// <summary>Recomputes one subject's OCGs; answers them with the best MoRiLE score among those it is a member of.</summary>
    public static async Task<IReadOnlyList<(string Ocg, bool IsMember)>> RefreshAsync(WriteScope scope, string kind, string hubId, CancellationToken cancellationToken)
    {
        var args = new { Kind = kind, HubId = hubId };
        var rows = (await scope.Connection.QueryAsync<(string OcgReference, long IsMember)>(
                new CommandDefinition(OcgsOf, args, scope.Transaction, cancellationToken: cancellationToken)))
            .GroupBy(r => r.OcgReference, StringComparer.Ordinal)
            .Select(g => (Ocg: g.Key, IsMember: g.Any(r => r.IsMember == 1)))
            .OrderBy(r => r.Ocg, StringComparer.Ordinal)
            .ToList();
        await scope.Connection.ExecuteAsync(new CommandDefinition(Delete, args, scope.Transaction, cancellationToken: cancellationToken));
        foreach (var (ocg, isMember) in rows)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                Insert, new { OcgReference = ocg, Kind = kind, HubId = hubId, IsMember = isMember ? 1 : 0 }, scope.Transaction, cancellationToken: cancellationToken));
        }

        return rows;
    }

    public static Task RemoveAsync(WriteScope scope, string kind, string hubId, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(Delete, new { Kind = kind, HubId = hubId }, scope.Transaction, cancellationToken: cancellationToken));
}
