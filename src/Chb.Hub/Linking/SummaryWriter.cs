using System.Text.Json;
using Chb.Adapters;
using Chb.Hub.Data;
using Chb.Linking;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>
/// Writes one row per hub nominal and hub location. Nominal rows carry counts only: names and dates of birth
/// stay in the source records, to be shown per caller by the disclosure policy.
/// </summary>
internal static class SummaryWriter
{
    private const string DeleteNominals = "DELETE FROM nominals WHERE hub_id IN @Hubs";
    private const string DeleteLocations = "DELETE FROM locations WHERE hub_id IN @Hubs";

    private const string InsertNominal = """
        INSERT INTO nominals (hub_id, anchor_mention, mentions, agencies, updated_sequence)
        VALUES (@HubId, @Anchor, @Mentions, @Agencies, @Updated)
        """;

    private const string InsertLocation = """
        INSERT INTO locations (hub_id, anchor_mention, uprn, address, postcode, postcode_sector, easting, northing, mentions, updated_sequence)
        VALUES (@HubId, @Anchor, @Uprn, @Address, @Postcode, @Sector, @Easting, @Northing, @Mentions, @Updated)
        """;

    private const string Touched = "INSERT INTO link_touched (sequence, subject_kind, hub_id) VALUES (@Sequence, @Kind, @HubId)";

    public static async Task ReplaceAsync(
        WriteScope scope, IEnumerable<string> oldHubs, List<(string Kind, string Hub, List<StoredMention> Members)> clusters, long batch, CancellationToken cancellationToken)
    {
        // Every hub id that disappears or is redrawn is noted for the projections that follow this one.
        var touched = oldHubs.Concat(clusters.Select(c => c.Hub)).Distinct(StringComparer.Ordinal)
            .Select(h => new { Sequence = batch, Kind = h.StartsWith("NOM-", StringComparison.Ordinal) ? SubjectKinds.Nominal : SubjectKinds.Location, HubId = h })
            .ToList();
        await scope.Connection.ExecuteAsync(new CommandDefinition(Touched, touched, scope.Transaction, cancellationToken: cancellationToken));

        foreach (var chunk in oldHubs.Concat(clusters.Select(c => c.Hub)).Distinct(StringComparer.Ordinal).Chunk(MentionStore.Chunk))
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(scope.Sql.InLists(DeleteNominals), new { Hubs = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken));
            await scope.Connection.ExecuteAsync(new CommandDefinition(scope.Sql.InLists(DeleteLocations), new { Hubs = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken));
        }

        var nominals = clusters.Where(c => c.Kind == SubjectKinds.Nominal).Select(c => new
        {
            HubId = c.Hub,
            Anchor = c.Members[0].MentionId,
            Mentions = c.Members.Count,
            Agencies = c.Members.Select(m => m.Agency).Distinct(StringComparer.Ordinal).Count(),
            Updated = c.Members.Max(m => m.RecordSequence),
        });
        await scope.Connection.ExecuteAsync(new CommandDefinition(InsertNominal, nominals, scope.Transaction, cancellationToken: cancellationToken));
        var locations = clusters.Where(c => c.Kind == SubjectKinds.Location).Select(Location);
        await scope.Connection.ExecuteAsync(new CommandDefinition(InsertLocation, locations, scope.Transaction, cancellationToken: cancellationToken));
    }

    private static object Location((string Kind, string Hub, List<StoredMention> Members) cluster)
    {
        // Members arrive in anchor order, so each value comes from the oldest mention that has it.
        var places = cluster.Members.Select(m => JsonSerializer.Deserialize(m.Features, LinkingJson.Default.PlaceRecord)!).ToList();
        var normalised = places.Select(PlaceFeatures.From).ToList();
        var postcode = normalised.Select(p => p.Postcode).FirstOrDefault(p => p is not null);
        var grid = places.FirstOrDefault(p => p.Easting is not null && p.Northing is not null);
        return new
        {
            HubId = cluster.Hub,
            Anchor = cluster.Members[0].MentionId,
            Uprn = places.Select(p => p.Address.Uprn).FirstOrDefault(u => u is not null),
            Address = places.Select(p => p.Address.Text).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
            Postcode = postcode,
            Sector = Postcodes.TryNormalise(postcode, out var uk) ? Postcodes.Sector(uk) : null,
            grid?.Easting,
            grid?.Northing,
            Mentions = cluster.Members.Count,
            Updated = cluster.Members.Max(m => m.RecordSequence),
        };
    }
}
