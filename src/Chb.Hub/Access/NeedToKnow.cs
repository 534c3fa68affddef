using Chb.Contracts.Security;
using Chb.Hub.Data;
using Chb.Hub.Security;
using Dapper;

namespace Chb.Hub.Access;

/// <summary>
/// Which nominals, locations and OCGs a caller may know about. An LRO sees the pictures of the OCGs assigned
/// to them (members, and the people and places named beside members); anything else answers exactly like
/// something that does not exist, so every check here costs the same one query whatever the answer.
/// </summary>
internal sealed class NeedToKnow(IHubDatabase database)
{
    private const string Sees = """
        SELECT COUNT(*) FROM opportunity_subjects
        WHERE subject_kind = @Kind AND subject_hub_id = @HubId AND ocg_reference IN @Ocgs
        """;

    private const string Visible = """
        SELECT DISTINCT ocg_reference AS Ocg, subject_kind AS Kind, subject_hub_id AS HubId, is_member AS IsMember
        FROM opportunity_subjects WHERE ocg_reference IN @Ocgs
        """;

    /// <summary>The OCGs whose picture the caller may see.</summary>
    public static IReadOnlyList<string> OcgsOf(HubCaller caller)
        => caller.Role == HubRoles.Lro ? [.. caller.Ocgs.Order(StringComparer.Ordinal)] : [];

    public static bool SeesOcg(HubCaller caller, string ocgReference) => OcgsOf(caller).Contains(ocgReference, StringComparer.Ordinal);

    public async Task<bool> SeesAsync(HubCaller caller, string kind, string hubId, CancellationToken cancellationToken)
    {
        // No OCGs: still one query, against a value no subject has.
        var ocgs = OcgsOf(caller);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Sql.InLists(Sees), new { Kind = kind, HubId = hubId, Ocgs = SqlList.Of(ocgs.Count > 0 ? ocgs : [string.Empty]) }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Every subject in the pictures of <paramref name="ocgs"/> (already checked against the caller).</summary>
    public async Task<IReadOnlyList<ScopedSubject>> SubjectsAsync(IReadOnlyList<string> ocgs, CancellationToken cancellationToken)
    {
        if (ocgs.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScopedSubject>(new CommandDefinition(
            database.Sql.InLists(Visible), new { Ocgs = SqlList.Of(ocgs) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}

/// <summary>A nominal or location in an OCG's picture.</summary>
internal sealed record ScopedSubject(string Ocg, string Kind, string HubId, long IsMember);
