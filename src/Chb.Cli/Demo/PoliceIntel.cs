using System.Globalization;
using System.Xml;

namespace Chb.Cli.Demo;

/// <summary>
/// Writes a nominal's intelligence items, graded 3x5x2. CHIS and covert items carry handling code C and a
/// source reference the adapter must drop (PROTECTED); the first group principal always has one.
/// </summary>
internal sealed class PoliceIntel(DemoSite site, DemoRandom random, DemoFeatures features)
{
    private static readonly IReadOnlyList<(string Item, int Weight)> SourceTypes =
        [("Officer", 40), ("Partner", 22), ("Public", 22), ("CHIS", 10), ("Covert", 6)];

    private static readonly string[] Covert = ["KESTREL", "LANTERN", "MERLIN", "OSPREY", "BRACKEN"];
    private int _sequence;

    public void Write(XmlWriter xml, DemoPerson nominal)
    {
        var forced = nominal.OcgRole == "PrincipalMember" && nominal.Ocg == DemoSite.Groups[0];
        var count = nominal.Ocg is null ? random.Between(0, 2) : random.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            var sourceType = forced && i == 0 ? "CHIS" : random.PickWeighted(SourceTypes);
            var isProtected = sourceType is "CHIS" or "Covert";
            var recorded = random.Date(new DateOnly(2023, 1, 1), DemoSpec.ExportDate.AddDays(-1));
            var grading = string.Create(CultureInfo.InvariantCulture, $"{(isProtected ? random.Between(1, 2) : random.Between(1, 3))}{random.Letters(1, "ABCDE")}");
            xml.WriteStartElement("Intel");
            xml.WriteAttributeString("ref", string.Create(CultureInfo.InvariantCulture, $"INT-{recorded.Year}-{++_sequence:0000}"));
            xml.WriteAttributeString("recorded", PoliceXml.Iso(recorded));
            xml.WriteAttributeString("grading", grading);
            xml.WriteAttributeString("handling", isProtected || random.Chance(0.15) ? "C" : "P");
            xml.WriteAttributeString("sourceType", sourceType);
            if (isProtected)
            {
                var sourceRef = sourceType == "CHIS"
                    ? "DSU-WYP-" + random.Digits(4)
                    : string.Create(CultureInfo.InvariantCulture, $"OP-{random.Pick(Covert)}-{random.Between(1, 40):00}");
                xml.WriteAttributeString("sourceRef", sourceRef);
                features.SourceProtectedIntel++;
            }

            xml.WriteString(Text(nominal));
            xml.WriteEndElement();
        }
    }

    private string Text(DemoPerson nominal)
    {
        var place = random.Chance(0.5) ? random.Pick(site.Hotspots) : nominal.Home;
        var vehicle = nominal.Vehicles.Count > 0 ? nominal.Vehicles[0].Vrm : null;
        return random.Between(0, 5) switch
        {
            0 => $"Seen handing small packages to youths at {place.Line1}",
            1 => $"Stores cash and drugs at {place.Line1}; moves stock on Fridays",
            2 when vehicle is not null => $"Uses {vehicle} to move cash between addresses",
            3 => $"Believed to run a county line from {place.Postcode}",
            4 => $"Recruiting school-age runners near {place.Line1}",
            _ => "Associating with known group members late at night",
        };
    }
}
