using Chb.Adapters;
using Chb.Plugins.Housing;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Housing;

/// <summary>Builds small housing exports and runs the adapter over them.</summary>
internal static class HousingCsvBuilder
{
    public const string Header =
        "CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,"
        + "Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity";

    public static readonly string[] Columns = Header.Split(',');

    /// <summary>A valid row, with the named columns replaced.</summary>
    public static string Row(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CaseRef"] = "ASB/2024/00999", ["CaseType"] = "ASB", ["CaseStatus"] = "Open", ["OpenedDate"] = "13/01/2024",
            ["ClosedDate"] = "", ["TenancyRef"] = "T-1", ["TenureType"] = "Secure", ["UPRN"] = "100051000001",
            ["AddressLine1"] = "1 Test Street", ["AddressLine2"] = "", ["Town"] = "Bradford", ["Postcode"] = "BD3 8QX",
            ["Surname"] = "Smith", ["Forenames"] = "Jo", ["DateOfBirth"] = "13/01/1990", ["PartyRole"] = "Tenant",
            ["Notes"] = "note", ["Sensitivity"] = "OFFICIAL",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return string.Join(",", Columns.Select(c => values[c]));
    }

    public static Task<List<AdapterRow>> ParseAsync(string text)
        => AdapterRunner.ParseTextAsync(new HousingCasesAdapter(), text, "BDC", AgencyKind.Housing);

    public static Task<List<AdapterRow>> ParseRowsAsync(params string[] rows)
        => ParseAsync(Header + "\r\n" + string.Join("\r\n", rows) + "\r\n");

    public static CanonicalRecord Single(List<AdapterRow> rows)
    {
        var row = Assert.Single(rows);
        Assert.Null(row.Rejection);
        return Assert.IsType<CanonicalRecord>(row.Record);
    }

    public static IEnumerable<string> Fields(AdapterRow row)
    {
        var rejection = Assert.IsType<RowRejection>(row.Rejection);
        return new[] { rejection.Field }.Concat(rejection.Others.Select(o => o.Field));
    }
}
