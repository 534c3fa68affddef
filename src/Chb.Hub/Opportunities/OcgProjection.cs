using Chb.Adapters;
using Chb.Hub.Data;
using Chb.Hub.Ingest;
using Chb.Hub.Linking;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Keeps the OCG tables (which records state memberships, the OCGs themselves with their MoRiLE scores, and which
/// case each record belongs to) in step with the change sequence. Answers the OCGs whose own record (name, MoRiLE
/// score) changed, so everyone in their picture is recomputed. A membership that comes or goes needs no such sweep:
/// the member's record changed, so the member and everyone named in its cases are recomputed anyway.
/// </summary>
internal static class OcgProjection
{
    private const string DeleteMemberships = "DELETE FROM record_ocgs WHERE agency = @Agency AND partner_reference = @PartnerReference";
    private const string InsertMembership = "INSERT INTO record_ocgs (agency, partner_reference, ocg_reference, role) VALUES (@Agency, @PartnerReference, @OcgReference, @Role)";
    private const string DeleteOcg = "DELETE FROM ocgs WHERE agency = @Agency AND partner_reference = @PartnerReference";
    private const string InsertOcg = "INSERT INTO ocgs (ocg_reference, agency, partner_reference, name, morile_score) VALUES (@OcgReference, @Agency, @PartnerReference, @Name, @Morile)";
    private const string OcgOfRecord = "SELECT ocg_reference FROM ocgs WHERE agency = @Agency AND partner_reference = @PartnerReference";
    private const string DeleteOcgByReference = "DELETE FROM ocgs WHERE ocg_reference = @OcgReference";
    private const string DeleteCase = "DELETE FROM record_cases WHERE agency = @Agency AND partner_reference = @PartnerReference";
    private const string InsertCase = "INSERT INTO record_cases (agency, partner_reference, case_key) VALUES (@Agency, @PartnerReference, @CaseKey)";

    public static async Task<HashSet<string>> ApplyAsync(WriteScope scope, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var key = new { change.Agency, change.PartnerReference };
            touched.UnionWith(await Query(scope, OcgOfRecord, key, cancellationToken));
            await Execute(scope, DeleteMemberships, key, cancellationToken);
            await Execute(scope, DeleteOcg, key, cancellationToken);
            await Execute(scope, DeleteCase, key, cancellationToken);
            if (change.Kind != ChangeKind.Record || change.Retracted || change.Body is null)
            {
                continue;
            }

            var record = CanonicalJson.Deserialize(change.Body);
            var caseKey = record.Case?.Reference is { Length: > 0 } reference ? $"case:{reference}" : $"record:{change.PartnerReference}";
            await Execute(scope, InsertCase, new { change.Agency, change.PartnerReference, CaseKey = caseKey }, cancellationToken);
            foreach (var membership in record.OcgMemberships.DistinctBy(m => m.OcgReference, StringComparer.Ordinal))
            {
                await Execute(scope, InsertMembership, new { change.Agency, change.PartnerReference, membership.OcgReference, membership.Role }, cancellationToken);
            }

            if (record is { Kind: RecordKind.Ocg, Ocg: { } ocg })
            {
                // The latest statement about an OCG wins, whichever record made it.
                await Execute(scope, DeleteOcgByReference, new { OcgReference = ocg.Reference }, cancellationToken);
                await Execute(scope, InsertOcg, new { OcgReference = ocg.Reference, change.Agency, change.PartnerReference, ocg.Name, Morile = ocg.MorileScore }, cancellationToken);
                touched.Add(ocg.Reference);
            }
        }

        return touched;
    }

    private static async Task<IEnumerable<string>> Query(WriteScope scope, string sql, object args, CancellationToken cancellationToken)
        => await scope.Connection.QueryAsync<string>(new CommandDefinition(sql, args, scope.Transaction, cancellationToken: cancellationToken));

    private static Task<int> Execute(WriteScope scope, string sql, object args, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(sql, args, scope.Transaction, cancellationToken: cancellationToken));
}
