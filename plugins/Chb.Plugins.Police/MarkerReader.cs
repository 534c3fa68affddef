using System.Xml.Linq;
using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Reads warnings, warrants, bail and civil orders into markers; free-text details stay owner-only.</summary>
internal static class MarkerReader
{
    public static Marker? Read(XElement element, string field, RowProblems problems)
    {
        var count = problems.Items.Count;
        var marker = element.Name.LocalName switch
        {
            "Warning" => Warning(element, field, problems),
            "Warrant" => Warrant(element, field, problems),
            "Bail" => new Marker(MarkerKind.Bail, "Bail")
            {
                ExpiresOn = XmlValues.Date(element, "expires", field, problems),
                Detail = OwnerOnly(XmlValues.Optional(element, "conditions")),
            },
            _ => CivilOrder(element, field, problems),
        };
        return problems.Items.Count > count ? null : marker;
    }

    private static Marker? Warning(XElement element, string field, RowProblems problems)
    {
        var code = XmlValues.Required(element, "code", field, problems);
        return code is null ? null : new Marker(MarkerKind.Warning, code);
    }

    private static Marker? Warrant(XElement element, string field, RowProblems problems)
    {
        var type = XmlValues.OneOf(element, "type", field, PoliceVocabulary.WarrantTypes, problems);
        var issued = XmlValues.Date(element, "issued", field, problems);
        return type is null ? null : new Marker(MarkerKind.Warrant, type)
        {
            Reference = XmlValues.Optional(element, "ref"),
            IssuedOn = issued,
            Detail = OwnerOnly(XmlValues.Optional(element, "court")),
        };
    }

    private static Marker? CivilOrder(XElement element, string field, RowProblems problems)
    {
        var type = XmlValues.OneOf(element, "type", field, PoliceVocabulary.CivilOrderTypes, problems);
        var expires = XmlValues.Date(element, "expires", field, problems);
        return type is null ? null : new Marker(MarkerKind.CivilOrder, type) { ExpiresOn = expires };
    }

    private static MarkedText? OwnerOnly(string? text) => text is null ? null : MarkedText.OwnerOnly(text);
}
