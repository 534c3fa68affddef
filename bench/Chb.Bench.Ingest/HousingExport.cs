using System.Globalization;
using System.Text;

namespace Chb.Bench.Ingest;

/// <summary>
/// Writes a valid housing case export of a given size: one row per (case, party), two parties a case, numbered from
/// <c>firstCase</c> (so two exports with different first cases share no reference).
/// </summary>
internal static class HousingExport
{
    private static readonly string[] Surnames = ["Khan", "Walsh", "Holt", "Nowak", "Hussain", "O'Connor", "Ahmed", "Smith", "Begum", "Kaur"];
    private static readonly string[] Forenames = ["Imran", "Doreen", "Dean", "Zofia", "Mohammed", "Sean", "Aisha", "John", "Shazia", "Harpreet"];
    private static readonly string[] Sectors = ["BD3 8", "BD3 9", "BD3 0", "BD4 7", "BD5 0"];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static long Write(string path, int rows, int firstCase = 0)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity\r\n");
        for (var i = 0; i < rows; i++)
        {
            var c = firstCase + (i / 2);
            var role = i % 2 == 0 ? "Tenant" : "Perpetrator";
            var dob = new DateOnly(1950, 1, 1).AddDays((int)((i * 7919L) % 20000));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"ASB/2024/{c:D7},ASB,Open,04/03/2024,,T-{c:D6},Secure,{100051000000 + c},{c % 300} Kenmore Road,,Bradford,{Sectors[c % Sectors.Length]}{InwardLetters[c % 20]}{InwardLetters[(c / 20) % 20]},"));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{Surnames[i % Surnames.Length]},{Forenames[(i / 3) % Forenames.Length]},{dob:dd/MM/yyyy},{role},\"Visitors at all hours, case note {i}\",OFFICIAL-SENSITIVE\r\n"));
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }
}
