using System.Globalization;
using System.Text.Json;
using Chb.Adapters;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>A person or place in one source record, ready to store: stable id, role and the matcher's input as JSON.</summary>
internal sealed record Mention(string Id, string Kind, int Index, string Role, string Features);

/// <summary>
/// Turns a canonical record into mentions. A person's evidence is their names, date of birth, police
/// identifiers, the record's places (as addresses) and the vehicles tied to them; a place is its UPRN,
/// address, postcode and grid reference.
/// </summary>
internal static class MentionExtractor
{
    public static List<Mention> Extract(string agency, string partnerReference, CanonicalRecord record)
    {
        var mentions = new List<Mention>();
        var addresses = record.Locations.Select(l => new AddressInput(l.Address, l.Postcode, null, l.Uprn)).ToArray();
        for (var i = 0; i < record.Parties.Count; i++)
        {
            var party = record.Parties[i];
            if (party.Person is not { } person)
            {
                continue;
            }

            var id = LinkIds.Mention(SubjectKinds.Nominal, agency, partnerReference, i);
            var vrms = record.Kind == RecordKind.Nominal ? record.Vehicles.Select(v => v.Vrm) : [];
            var input = new PersonRecord
            {
                Id = id,
                Names = person.Names.Select(n => new NameInput(n.Given, n.Family)).ToArray(),
                DateOfBirth = person.DateOfBirth?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                PncId = Canonical(person.PncId, PoliceIdentifiers.TryNormalisePnc),
                CroNumber = Canonical(person.CroNumber, PoliceIdentifiers.TryNormaliseCro),
                Addresses = addresses,
                Vrms = (party.Vrm is null ? vrms : vrms.Append(party.Vrm)).Distinct(StringComparer.Ordinal).ToArray(),
            };
            mentions.Add(new Mention(id, SubjectKinds.Nominal, i, party.Role.ToString(), JsonSerializer.Serialize(input, LinkingJson.Default.PersonRecord)));
        }

        for (var i = 0; i < record.Locations.Count; i++)
        {
            var location = record.Locations[i];
            var id = LinkIds.Mention(SubjectKinds.Location, agency, partnerReference, i);
            var input = new PlaceRecord { Id = id, Address = addresses[i], Easting = location.Easting, Northing = location.Northing };
            mentions.Add(new Mention(id, SubjectKinds.Location, i, location.Relation.ToString(), JsonSerializer.Serialize(input, LinkingJson.Default.PlaceRecord)));
        }

        return mentions;
    }

    private delegate bool Normaliser(string? raw, out string? value, out string? problem);

    private static string? Canonical(string? raw, Normaliser normalise)
        => raw is not null && normalise(raw, out var value, out _) ? value : null;
}
