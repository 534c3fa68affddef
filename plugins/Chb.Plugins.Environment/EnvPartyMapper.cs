using System.Text.Json;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

internal sealed record EnvParties(IReadOnlyList<Party> Parties, IReadOnlyList<VehicleReference> Vehicles, bool HasReporter);

internal static class EnvPartyMapper
{
    private static readonly EnvParties None = new([], [], false);

    public static EnvParties Map(JsonElement root, RowProblems problems)
    {
        if (!JsonFields.Has(root, "parties"))
        {
            return None;
        }

        var array = root.GetProperty("parties");
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("parties", "parties must be an array");
            return None;
        }

        var parties = new List<Party>();
        var vehicles = new List<VehicleReference>();
        var hasReporter = false;
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var field = $"parties[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(field, $"{field} must be an object");
                continue;
            }

            var role = EnvVocabulary.OneOf(
                EnvVocabulary.Roles, JsonFields.RequiredString(element, "role", $"{field}.role", problems), $"{field}.role", problems);
            if (role == EnvVocabulary.Reporter)
            {
                // PROTECTED: a reporter's every field is dropped unread, whatever reporterConfidential says.
                hasReporter = true;
                continue;
            }

            var party = EnvPartyDetails.Read(element, field, role is null ? PartyRole.Unspecified : RoleOf(role), problems);
            if (role is null || party is null)
            {
                continue;
            }

            parties.Add(party);
            if (party.Vrm is { } vrm && !vehicles.Exists(v => v.Vrm == vrm))
            {
                vehicles.Add(new VehicleReference(vrm, null));
            }
        }

        return new EnvParties(parties, vehicles, hasReporter);
    }

    private static PartyRole RoleOf(string role) => role switch
    {
        "Suspect" => PartyRole.Suspect,
        "Licensee" => PartyRole.Licensee,
        "Owner" => PartyRole.Owner,
        "Driver" => PartyRole.Driver,
        "Occupier" => PartyRole.Occupier,
        _ => PartyRole.Unspecified,
    };
}
