using System.Text;

namespace Chb.Cli.Demo;

/// <summary>Writes the <c>housing-cases-csv/1</c> format: UTF-8 with a BOM, CRLF, RFC 4180 quoting, one header row.</summary>
internal static class HousingCsv
{
    public const string Header =
        "CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,"
        + "Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity";

    /// <summary>Rows the adapter must reject: bad values everywhere, unknown status and role, and one field too many.</summary>
    public static readonly IReadOnlyList<string[]> BadRows =
    [
        ["BAD/2024/00001", "NotAType", "Open", "31/02/2024", "", "", "", "abc", "Nowhere", "", "Bradford", "NOT A POSTCODE", "Smith", "John", "1/1/1990", "Tenant", "row with several errors", "OFFICIAL"],
        ["ASB/2024/99901", "ASB", "Pending", "12/01/2024", "", "", "", "", "Land off Wapping Road", "", "Bradford", "BD3 0EF", "Bright", "Kyle", "", "Neighbour", "status and role not in the list", "OFFICIAL"],
        ["RA/2024/99902", "RentArrears", "Open", "05/02/2024", "", "T-99902", "Secure", "", "9 Harris Street", "", "Bradford", "BD3 0RT", "Pratt", "Gemma", "", "Tenant", "notes typed", "with an unquoted comma", "OFFICIAL"],
    ];

    public static byte[] Write(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
