using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Maps one <c>&lt;Nominal&gt;</c> element; any invalid part rejects the whole nominal.</summary>
internal static class NominalMapper
{
    public static AdapterRow Map(XElement nominal, long row)
    {
        var problems = new RowProblems();
        var pncId = Pnc(nominal, problems);
        var croNumber = Cro(nominal, problems);
        var parts = new NominalParts();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in nominal.Elements())
        {
            var name = child.Name.LocalName;
            var index = seen[name] = seen.GetValueOrDefault(name) + 1;
            parts.Add(child, index, problems);
        }

        var names = NameReader.Order(parts.Names, problems);
        if (problems.Any || pncId is null)
        {
            return problems.Reject(row);
        }

        var person = new PersonDetails { Names = names, DateOfBirth = parts.DateOfBirth, PncId = pncId, CroNumber = croNumber };
        return AdapterRow.Accept(row, new CanonicalRecord
        {
            PartnerReference = $"NOMINAL:{pncId}",
            Kind = RecordKind.Nominal,
            Parties = [new Party(PartyRole.Nominal) { Person = person }],
            Locations = parts.Locations,
            Vehicles = parts.Vehicles,
            OcgMemberships = parts.Memberships,
            Markers = parts.Markers,
            Intelligence = parts.Intelligence,
        });
    }

    private static string? Pnc(XElement nominal, RowProblems problems)
    {
        var raw = XmlValues.Required(nominal, "pncId", "Nominal", problems);
        if (raw is null)
        {
            return null;
        }

        if (PoliceIdentifiers.TryNormalisePnc(raw, out var pncId, out var problem))
        {
            return pncId;
        }

        problems.Add("Nominal@pncId", problem);
        return null;
    }

    private static string? Cro(XElement nominal, RowProblems problems)
    {
        var raw = XmlValues.Optional(nominal, "croNumber");
        if (raw is null)
        {
            return null;
        }

        if (PoliceIdentifiers.TryNormaliseCro(raw, out var croNumber, out var problem))
        {
            return croNumber;
        }

        problems.Add("Nominal@croNumber", problem);
        return null;
    }
}
