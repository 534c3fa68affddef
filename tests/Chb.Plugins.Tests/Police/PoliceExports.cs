using System.Globalization;
using Chb.Adapters;
using Chb.Plugins.Police;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Police;

/// <summary>Builds small police exports for tests and generates large ones lazily.</summary>
internal static class PoliceExports
{
    public const string SampleFile = "police-nominals.xml";

    public const string SampleSourceRef = "DSU-WYP-0917";

    public const string MinimalNominal = """<Nominal pncId="2001/0012345H"><Name family="Khan" given="Imran" primary="true"/></Nominal>""";

    public static Task<List<AdapterRow>> ParseSampleAsync(string agency = "WYP")
        => AdapterRunner.ParseFileAsync(new PoliceNominalsAdapter(), SampleFile, agency, AgencyKind.Police);

    public static Task<List<AdapterRow>> ParseAsync(string xml, string agency = "WYP")
        => AdapterRunner.ParseTextAsync(new PoliceNominalsAdapter(), xml, agency, AgencyKind.Police);

    public static string SampleText() => File.ReadAllText(AdapterRunner.DataPath(SampleFile));

    /// <summary>Wraps elements in a WYP export, one element per line from line 2.</summary>
    public static string Export(params string[] elements)
        => $"<Export force=\"WYP\">\n{string.Join('\n', elements)}\n</Export>\n";

    /// <summary>A valid nominal with extra child elements after its primary name.</summary>
    public static string Nominal(string children, string pncId = "2001/0012345H")
        => $"""<Nominal pncId="{pncId}"><Name family="Khan" given="Imran" primary="true"/>{children}</Nominal>""";

    /// <summary>One rejected row's problems, first and others together.</summary>
    public static IReadOnlyList<RowRejection> Problems(AdapterRow row)
    {
        Assert.NotNull(row.Rejection);
        return [row.Rejection, .. row.Rejection.Others];
    }

    /// <summary>Lazily yields an export of <paramref name="count"/> valid nominals, each about 1 KB.</summary>
    public static IEnumerable<string> GeneratedLines(int count, Func<int, string>? sourceRef = null)
    {
        yield return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Export force=\"WYP\" generated=\"2024-03-05T02:00:00Z\">\n";
        for (var i = 0; i < count; i++)
        {
            yield return GeneratedNominal(i, sourceRef?.Invoke(i) ?? $"DSU-GEN-{i}");
        }

        yield return "</Export>\n";
    }

    public static string GeneratedNominal(int i, string sourceRef)
    {
        var pnc = PoliceIdentifiers.FormatPnc(i % 25, i);
        var n = i.ToString(CultureInfo.InvariantCulture);
        return $"""
              <Nominal pncId="{pnc}">
                <Name family="Generated{n}" given="Person" primary="true"/>
                <Name family="Generated{n}" given="Alias"/>
                <DateOfBirth>1990-11-02</DateOfBirth>
                <Address uprn="{100051000000L + i}" postcode="BD3 8QX" from="2022-01-01">Flat {n}, Kenmore Road, Bradford</Address>
                <OcgMembership ocgRef="OCG-WYP-0042" role="Member"/>
                <Warning code="WEAPONS"/>
                <Warrant ref="W-{n}" type="Arrest" issued="2024-02-10" court="Bradford and Keighley Magistrates"/>
                <Vehicle vrm="YX19ABC" status="NoInsurance"/>
                <Intel ref="INT-{n}-1" recorded="2024-02-28" grading="2A" handling="P" sourceType="Officer">Seen near the garages</Intel>
                <Intel ref="INT-{n}-2" recorded="2024-03-01" grading="1B" handling="C" sourceType="CHIS" sourceRef="{sourceRef}">Moves stock on Fridays</Intel>
              </Nominal>

            """;
    }
}
