using Chb.Adapters;
using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Data;
using Chb.Hub.Linking;
using Chb.Hub.Opportunities;
using Dapper;
using Location = Chb.Contracts.V1.Location;

namespace Chb.Hub.Lro;

/// <summary>
/// Builds what an LRO sees of a nominal or a location from the source records behind it. Every partner value
/// goes through the caller's <see cref="DisclosureContext"/>; nothing here decides disclosure itself.
/// </summary>
internal sealed class SubjectViews(SubjectEvidence evidence, DisclosureContext disclosure, IHubDatabase database)
{
    private const string LocationRow = """
        SELECT uprn AS Uprn, address AS Address, postcode AS Postcode, easting AS Easting, northing AS Northing
        FROM locations WHERE hub_id = @HubId
        """;

    public async Task<Nominal> NominalAsync(string hubId, CancellationToken cancellationToken)
    {
        var element = $"nominal:{hubId}";
        var mentions = await evidence.MentionsAsync(SubjectKinds.Nominal, hubId, cancellationToken);
        var records = await evidence.RecordsAsync(mentions, cancellationToken);
        var nominal = new Nominal { HubId = hubId };
        var people = mentions
            .Where(m => records.ContainsKey(m.RecordSequence))
            .Select(m => (Mention: m, Record: records[m.RecordSequence], Person: records[m.RecordSequence].Record.Parties.ElementAtOrDefault((int)m.ItemIndex)?.Person))
            .Where(p => p.Person is not null)
            .ToList();

        // The police record's name leads when there is one; otherwise the oldest mention's.
        var ordered = people.OrderBy(p => evidence.KindOf(p.Record.Agency) == AgencyKind.Police ? 0 : 1).ThenBy(p => p.Mention.FirstSequence).ToList();
        var names = ordered.SelectMany(p => p.Person!.Names.OrderByDescending(n => n.IsPrimary))
            .Select(n => $"{n.Given} {n.Family}".Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        nominal.DisplayName = names.FirstOrDefault() ?? string.Empty;
        nominal.Aliases.AddRange(names.Skip(1));
        nominal.DateOfBirth = people.Select(p => p.Person!.DateOfBirth).OfType<DateOnly>()
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault() ?? string.Empty;
        var police = people.Where(p => evidence.KindOf(p.Record.Agency) == AgencyKind.Police).ToList();
        nominal.MatchedToPoliceNominal = police.Any(p => !string.IsNullOrEmpty(p.Person!.PncId) || !string.IsNullOrEmpty(p.Person.CroNumber));
        nominal.PncId = disclosure.CriminalRecordId(element, "pnc_id", police.Select(p => p.Person!.PncId).FirstOrDefault(v => !string.IsNullOrEmpty(v)), nominal.Withheld);
        nominal.CroNumber = disclosure.CriminalRecordId(element, "cro_number", police.Select(p => p.Person!.CroNumber).FirstOrDefault(v => !string.IsNullOrEmpty(v)), nominal.Withheld);
        nominal.Agencies.AddRange(mentions.Select(m => m.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        nominal.Roles.AddRange(mentions.Select(m => new RoleInRecord { Role = m.Role, Agency = m.Agency, HubRecordId = OpportunityIds.Record(m.Agency, m.PartnerReference) }));
        disclosure.Disclose($"{element}/identity");

        foreach (var record in police.Select(p => p.Record).Where(r => r.Record.Kind == Chb.Adapters.RecordKind.Nominal).DistinctBy(r => r.Sequence))
        {
            var sector = record.Record.Locations.Select(l => Postcodes.TryNormalise(l.Postcode, out var pc) ? Postcodes.Sector(pc) : null).FirstOrDefault(s => s is not null);
            foreach (var item in record.Record.Intelligence)
            {
                var reference = OpportunityIds.Intelligence(record.Agency, item.Reference);
                nominal.Intelligence.Add(disclosure.Intelligence($"{element}/intelligence:{reference}", item, record.Agency, reference, sector));
            }
        }

        return nominal;
    }

    public async Task<Location> LocationAsync(string hubId, CancellationToken cancellationToken)
    {
        var mentions = await evidence.MentionsAsync(SubjectKinds.Location, hubId, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string? Uprn, string? Address, string? Postcode, long? Easting, long? Northing)>(
            new CommandDefinition(LocationRow, new { HubId = hubId }, cancellationToken: cancellationToken));
        var location = new Location
        {
            HubId = hubId,
            Uprn = row.Uprn ?? string.Empty,
            Address = row.Address ?? string.Empty,
            Postcode = row.Postcode ?? string.Empty,
            Easting = (int)(row.Easting ?? 0),
            Northing = (int)(row.Northing ?? 0),
        };
        location.Agencies.AddRange(mentions.Select(m => m.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        disclosure.Disclose($"location:{hubId}/address");
        return location;
    }
}
