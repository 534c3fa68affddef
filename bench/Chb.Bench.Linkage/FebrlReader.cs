using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>
/// Reads FEBRL CSVs (<c>rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode,
/// state, date_of_birth, soc_sec_id</c>). soc_sec_id is read past and never given to the matcher.
/// </summary>
internal static class FebrlReader
{
    public static List<LabelledPerson> Read(string path, int file)
    {
        var people = new List<LabelledPerson>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split(',').Select(v => v.Trim()).ToArray();
            if (f.Length < 10)
            {
                throw new FormatException($"{path}: expected 11 columns, found {f.Length}");
            }

            var id = f[0];
            var entity = id.Split('-')[1];
            var record = new PersonRecord
            {
                Id = $"{file}:{id}",
                Names = [new NameInput(f[1], f[2])],
                DateOfBirth = Blank(f[9]),
                Addresses = [new AddressInput($"{f[3]} {f[4]}, {f[5]}", Blank(f[7]), Blank(f[6]))],
            };
            people.Add(new LabelledPerson(record, entity, file));
        }

        return people;
    }

    /// <summary>Splits one FEBRL file the way FEBRL's two-file sets are laid out: originals in A, duplicates in B.</summary>
    public static List<LabelledPerson> SplitOriginalsFromDuplicates(List<LabelledPerson> people)
        => people.Select(p => p with { File = p.Record.Id.EndsWith("-org", StringComparison.Ordinal) ? 0 : 1 }).ToList();

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
