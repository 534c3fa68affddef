using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Reads a nominal's addresses, OCG memberships and vehicles.</summary>
internal static class LinkReader
{
    public static LocationReference? Address(XElement element, string field, RowProblems problems)
    {
        var count = problems.Items.Count;
        var uprn = XmlValues.Optional(element, "uprn");
        if (uprn is not null && !XmlValues.IsDigits(uprn, 12))
        {
            problems.Add($"{field}@uprn", "must be 1 to 12 digits");
        }

        var rawPostcode = XmlValues.Optional(element, "postcode");
        string? postcode = null;
        if (rawPostcode is not null && !Postcodes.TryNormalise(rawPostcode, out postcode))
        {
            problems.Add($"{field}@postcode", "is not a valid UK postcode");
        }

        var from = XmlValues.Date(element, "from", field, problems);
        var text = element.Value.Trim();
        if (uprn is null && rawPostcode is null && text.Length == 0)
        {
            problems.Add(field, "needs a uprn, a postcode or address text");
        }

        return problems.Items.Count > count ? null : new LocationReference(LocationRelation.Residence)
        {
            Uprn = uprn,
            Postcode = postcode,
            Address = text.Length == 0 ? null : text,
            From = from,
        };
    }

    public static OcgMembership? Membership(XElement element, string field, RowProblems problems)
    {
        var ocgRef = XmlValues.Required(element, "ocgRef", field, problems);
        var role = XmlValues.OneOf(element, "role", field, PoliceVocabulary.OcgRoles, problems);
        return ocgRef is null || role is null ? null : new OcgMembership(ocgRef, role);
    }

    public static VehicleReference? Vehicle(XElement element, string field, RowProblems problems)
    {
        var count = problems.Items.Count;
        var raw = XmlValues.Required(element, "vrm", field, problems);
        string? vrm = null;
        if (raw is not null && !Vrms.TryNormalise(raw, out vrm))
        {
            problems.Add($"{field}@vrm", "is not a plausible registration mark");
        }

        var status = XmlValues.OneOf(element, "status", field, PoliceVocabulary.VehicleStatuses, problems, required: false);
        return problems.Items.Count > count || vrm is null ? null : new VehicleReference(vrm, status);
    }
}
