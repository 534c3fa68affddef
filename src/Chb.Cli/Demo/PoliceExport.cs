using System.Globalization;
using System.Text;
using System.Xml;

namespace Chb.Cli.Demo;

/// <summary>Writes <c>police-nominals.xml</c> in the <c>police-nominals-xml/1</c> format: the groups, then one element per nominal.</summary>
internal sealed class PoliceExport(DemoSite site, DemoRandom random, DemoFeatures features)
{
    private static readonly string[] WarningCodes = ["WEAPONS", "VIOLENT", "DRUGS", "ESCAPER", "SELFHARM"];
    private static readonly string[] BailConditions =
        ["Curfew 19:00-07:00; not to enter BD3 8", "Not to enter Kenmore Road; curfew 21:00-06:00", "Reside at home address; report to Trafalgar House daily"];

    private readonly PoliceIntel _intel = new(site, random, features);
    private int _warrants;

    public DemoExport Build()
    {
        var nominals = site.Nominals;
        var writers = nominals.Select(n => (Action<XmlWriter>)(w => Nominal(w, n))).ToList();
        var bad = PoliceXml.BadRows(random.Pick(nominals).PncId!);
        foreach (var row in bad)
        {
            writers.Insert(random.Between(0, writers.Count), row);
        }

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("Export");
            xml.WriteAttributeString("force", DemoFiles.Police.Agency);
            xml.WriteAttributeString("generated", DemoSpec.ExportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T02:00:00Z");
            foreach (var ocg in DemoSite.Groups)
            {
                xml.WriteStartElement("Ocg");
                xml.WriteAttributeString("ref", ocg.Reference);
                xml.WriteAttributeString("name", ocg.Name);
                xml.WriteAttributeString("morileScore", ocg.MorileScore.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("lroId", ocg.LroId);
                xml.WriteEndElement();
            }

            writers.ForEach(write => write(xml));
            xml.WriteEndElement();
        }

        features.Ocgs = DemoSite.Groups.Count;
        features.Nominals = nominals.Count;
        features.OcgMembers = nominals.Count(n => n.Ocg is not null);
        var rows = DemoSite.Groups.Count + writers.Count;
        return new DemoExport(DemoFiles.Police with { Rows = rows, BadRows = bad.Count }, stream.ToArray());
    }

    private void Nominal(XmlWriter xml, DemoPerson nominal)
    {
        xml.WriteStartElement("Nominal");
        xml.WriteAttributeString("pncId", nominal.PncId);
        if (nominal.CroNumber is { } cro)
        {
            xml.WriteAttributeString("croNumber", cro);
        }

        PoliceXml.Name(xml, nominal.Family, nominal.Given, primary: true);
        // Principals always carry their alias (Immy Khan), so every site shows one.
        if (NameVariants.Alias(nominal.Given) is { } alias && (random.Chance(0.6) || nominal.OcgRole == "PrincipalMember"))
        {
            PoliceXml.Name(xml, nominal.Family, alias, primary: false);
        }

        xml.WriteElementString("DateOfBirth", PoliceXml.Iso(nominal.DateOfBirth));
        PoliceXml.Address(xml, nominal.Home, random.Date(new DateOnly(2018, 1, 1), new DateOnly(2023, 6, 30)));
        foreach (var victim in site.OfKind(PersonKind.Vulnerable).Where(v => v.Exploiter == nominal))
        {
            PoliceXml.Address(xml, victim.Home, random.Date(new DateOnly(2023, 7, 1), DemoSpec.ExportDate.AddDays(-20)));
        }

        if (nominal.Ocg is { } ocg)
        {
            xml.WriteStartElement("OcgMembership");
            xml.WriteAttributeString("ocgRef", ocg.Reference);
            xml.WriteAttributeString("role", nominal.OcgRole);
            xml.WriteEndElement();
        }

        Markers(xml, nominal);
        foreach (var vehicle in nominal.Vehicles)
        {
            xml.WriteStartElement("Vehicle");
            xml.WriteAttributeString("vrm", vehicle.Vrm);
            xml.WriteAttributeString("status", vehicle.Status);
            xml.WriteEndElement();
            features.NoInsuranceVehicles += vehicle.Status == "NoInsurance" ? 1 : 0;
        }

        _intel.Write(xml, nominal);
        xml.WriteEndElement();
    }

    private void Markers(XmlWriter xml, DemoPerson nominal)
    {
        foreach (var code in WarningCodes.Where(_ => random.Chance(0.18)))
        {
            PoliceXml.Element(xml, "Warning", ("code", code));
        }

        if (random.Chance(0.08))
        {
            var issued = random.Date(new DateOnly(2023, 6, 1), DemoSpec.ExportDate.AddDays(-7));
            var reference = string.Create(CultureInfo.InvariantCulture, $"W-{issued.Year}-{++_warrants:0000}");
            PoliceXml.Element(xml, "Warrant", ("ref", reference), ("type", random.Chance(0.7) ? "Arrest" : "Search"), ("issued", PoliceXml.Iso(issued)), ("court", "Bradford and Keighley Magistrates"));
        }

        if (random.Chance(0.12))
        {
            PoliceXml.Element(xml, "Bail", ("conditions", random.Pick(BailConditions)), ("expires", PoliceXml.Iso(random.Date(new DateOnly(2024, 4, 1), new DateOnly(2024, 9, 30)))));
        }

        if (random.Chance(nominal.Ocg is null ? 0.1 : 0.2))
        {
            var type = nominal.Ocg is null ? random.Pick(["CBO", "CPI", "STPO"]) : "GangInjunction";
            PoliceXml.Element(xml, "CivilOrder", ("type", type), ("expires", PoliceXml.Iso(random.Date(new DateOnly(2024, 6, 1), new DateOnly(2026, 1, 31)))));
        }
    }
}
