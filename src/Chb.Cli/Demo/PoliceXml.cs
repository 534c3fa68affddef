using System.Globalization;
using System.Xml;

namespace Chb.Cli.Demo;

/// <summary>Small writers for the police export's elements, and the two nominals it holds on purpose for the adapter to reject.</summary>
internal static class PoliceXml
{
    public static void Name(XmlWriter xml, string family, string given, bool primary)
        => Element(xml, "Name", [("family", family), ("given", given), .. primary ? [("primary", "true")] : Array.Empty<(string, string)>()]);

    public static void Address(XmlWriter xml, DemoPlace place, DateOnly from)
    {
        xml.WriteStartElement("Address");
        xml.WriteAttributeString("uprn", place.Uprn);
        xml.WriteAttributeString("postcode", place.Postcode);
        xml.WriteAttributeString("from", Iso(from));
        xml.WriteString(place.OneLine);
        xml.WriteEndElement();
    }

    public static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Two nominals the adapter must reject: a PNC id with a wrong check letter, and no usable name or date of birth.</summary>
    public static List<Action<XmlWriter>> BadRows(string someValidPnc) =>
    [
        xml =>
        {
            xml.WriteStartElement("Nominal");
            xml.WriteAttributeString("pncId", NominalIdentifiers.WithWrongCheckLetter(someValidPnc));
            Name(xml, "Bright", "Leon", primary: true);
            xml.WriteElementString("DateOfBirth", "1994-06-21");
            xml.WriteEndElement();
        },
        xml =>
        {
            xml.WriteStartElement("Nominal");
            xml.WriteAttributeString("pncId", "2016/0999999A");
            Element(xml, "Name", ("family", string.Empty), ("given", string.Empty));
            xml.WriteElementString("DateOfBirth", "not-a-date");
            xml.WriteEndElement();
        },
    ];
}
