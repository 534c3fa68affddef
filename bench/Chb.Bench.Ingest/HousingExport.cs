using System.Globalization;
using System.Text;

namespace Chb.Bench.Ingest;

/// <summary>
/// Writes a valid housing case export of a given size: one row per (case, party), two parties a case, numbered from
/// <c>firstCase</c> (so two exports with different first cases share no reference). Party <c>i</c> is the same person
/// (name and birth date) in every export, at the address of whichever case names them, as a council's later export
/// names the same tenants again. A case's property has one address, postcode and UPRN (see <see cref="Population"/>).
/// </summary>
internal static class HousingExport
{
    private static readonly string[] NarrowSurnames = ["Khan", "Walsh", "Holt", "Nowak", "Hussain", "O'Connor", "Ahmed", "Smith", "Begum", "Kaur"];
    private static readonly string[] NarrowForenames = ["Imran", "Doreen", "Dean", "Zofia", "Mohammed", "Sean", "Aisha", "John", "Shazia", "Harpreet"];

    public static long Write(string path, int rows, int firstCase = 0, NameShape shape = NameShape.Population)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity\r\n");
        for (var i = 0; i < rows; i++)
        {
            var c = firstCase + (i / 2);
            var role = i % 2 == 0 ? "Tenant" : "Perpetrator";
            var (surname, forename, dob) = shape == NameShape.Narrow ? Narrow(i) : Population.Person(i);
            var home = Population.Address(c);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"ASB/2024/{c:D7},ASB,Open,04/03/2024,,T-{c:D6},Secure,{home.Uprn},{home.Line},,Bradford,{home.Postcode},"));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{surname},{forename},{dob:dd/MM/yyyy},{role},\"Visitors at all hours, case note {i}\",OFFICIAL-SENSITIVE\r\n"));
        }

        writer.Flush();
        return writer.BaseStream.Length;
    }

    /// <summary>The stress shape: ten surnames and ten forenames for everyone, so 30 names are shared by the whole export.</summary>
    private static (string Surname, string Forename, DateOnly Dob) Narrow(int i)
        => (NarrowSurnames[i % NarrowSurnames.Length], NarrowForenames[(i / 3) % NarrowForenames.Length], new DateOnly(1950, 1, 1).AddDays((int)((i * 7919L) % 20000)));
}

/// <summary>Which names the generated people carry.</summary>
internal enum NameShape
{
    /// <summary>Names drawn with a population's skew: a few common names, a long tail of rare ones.</summary>
    Population,

    /// <summary>The stress shape: 30 distinct names for everyone.</summary>
    Narrow,
}
