namespace Chb.Hub.FunctionalTests.Security;

/// <summary>
/// Partner exports, in the partners' real formats, whose sensitive values are unique canary strings: if any of
/// them turns up where it must not, something leaked.
/// </summary>
public static class CanaryExports
{
    public const string Ocg = "OCG-WYP-0042";
    public const string FamilyName = "Canaryman";
    public const string Pnc = "2015/0777777M";

    /// <summary>Never to leave the hub (and never to reach it): source references, complainants, reporters.</summary>
    public static readonly string[] Protected =
    [
        "CANARY-SOURCE-REF-71", "Canarycomplainant", "Tweetyreporter", "07700 900999",
    ];

    /// <summary>Owner-only values of WYP: intelligence text.</summary>
    public static readonly string[] PoliceOwnerOnly = ["CANARY-INTEL-OFFICER-TEXT", "CANARY-INTEL-CHIS-TEXT"];

    /// <summary>Owner-only values of the partners: case notes.</summary>
    public static readonly string[] PartnerOwnerOnly = ["CANARY-HOUSING-NOTE", "CANARY-ENV-NOTE"];

    public static byte[] Police() => Bytes($"""
        <?xml version="1.0" encoding="utf-8"?>
        <Export force="WYP" generated="2024-03-06T02:00:00Z">
          <Ocg ref="{Ocg}" name="Kenmore Crew" morileScore="148" lroId="WYP-LRO-7"/>
          <Nominal pncId="{Pnc}">
            <Name family="{FamilyName}" given="Zebedee" primary="true"/>
            <DateOfBirth>1985-05-05</DateOfBirth>
            <Address uprn="100051000555" postcode="BD3 8QX">Flat 9 Kenmore House, Kenmore Road, Bradford</Address>
            <OcgMembership ocgRef="{Ocg}" role="Member"/>
            <Warrant ref="W-2024-0999" type="Arrest" issued="2024-02-10" court="Bradford and Keighley Magistrates"/>
            <Vehicle vrm="YX19CAN" status="NoInsurance"/>
            <Intel ref="INT-2024-0901" recorded="2024-02-28" grading="2A" handling="P" sourceType="Officer">CANARY-INTEL-OFFICER-TEXT</Intel>
            <Intel ref="INT-2024-0902" recorded="2024-03-01" grading="1B" handling="C" sourceType="CHIS" sourceRef="CANARY-SOURCE-REF-71">CANARY-INTEL-CHIS-TEXT</Intel>
          </Nominal>
        </Export>
        """);

    public static byte[] Housing() => Bytes(
        "CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity\n"
        + $"ASB/2024/00900,ASB,Open,01/03/2024,,T-99001,Secure,100051000555,Flat 9 Kenmore House,Kenmore Road,Bradford,BD3 8QX,{FamilyName},Zebedee,05/05/1985,Perpetrator,CANARY-HOUSING-NOTE,OFFICIAL-SENSITIVE\n"
        + "ASB/2024/00900,ASB,Open,01/03/2024,,T-99001,Secure,100051000555,Flat 9 Kenmore House,Kenmore Road,Bradford,BD3 8QX,Canarycomplainant,Polly,01/01/1960,Complainant,Asked not to be named,OFFICIAL-SENSITIVE\n");

    public static byte[] Environment() => Bytes(
        "{\"caseId\":\"FT-2024-0900\",\"service\":\"FlyTipping\",\"offenceCode\":\"EPA1990-s33\",\"reportedAt\":\"2024-03-02T14:05:00+00:00\",\"status\":\"Open\","
        + "\"location\":{\"uprn\":\"100051000555\",\"address\":\"Flat 9 Kenmore House, Kenmore Road, Bradford\",\"postcode\":\"BD3 8QX\"},"
        + $"\"parties\":[{{\"role\":\"Suspect\",\"name\":{{\"given\":\"Zebedee\",\"family\":\"{FamilyName}\"}},\"dob\":\"1985-05-05\"}},{{\"role\":\"Driver\",\"vrm\":\"YX19CAN\"}},"
        + "{\"role\":\"Reporter\",\"name\":{\"given\":\"Tweety\",\"family\":\"Tweetyreporter\"},\"phone\":\"07700 900999\"}],"
        + "\"outcome\":\"None\",\"reporterConfidential\":true,\"notes\":\"CANARY-ENV-NOTE\"}\n");

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
