using Chb.Linking.People;
using Chb.Linking.Text;

namespace Chb.Linking;

/// <summary>
/// A person's blocking keys (mentions sharing one are compared) and frequency keys (counted to weigh common
/// values down). Several independent blocking keys let a pair meet even when one field is corrupt.
/// </summary>
internal static class PersonKeys
{
    private const char Subject = 'P';
    private const int MaxNames = 4;
    private const int MaxNumbers = 3;

    public static long Family(NameForm name) => name.FamilyKey;

    public static long FamilyKey(string canonical) => LinkKeys.Of(Subject, KeyFamily.FrequencySurname, canonical);

    public static long Given(NameForm name) => name.GivenKey;

    public static long GivenKey(string canonical) => LinkKeys.Of(Subject, KeyFamily.FrequencyGiven, canonical);

    public static long Birth(BirthDate birth) => birth.Key;

    public static long BirthKey(string digits) => LinkKeys.Of(Subject, KeyFamily.FrequencyBirthDate, digits);

    public static long Address(AddressParts parts) => parts.PersonKey;

    public static long Uprn(string uprn) => LinkKeys.Of(Subject, KeyFamily.FrequencyUprn, uprn);

    public static long Postcode(string postcode) => LinkKeys.Of(Subject, KeyFamily.FrequencyPostcode, postcode);

    public static long Vrm(string vrm) => LinkKeys.Of(Subject, KeyFamily.FrequencyVrm, vrm);

    public static long Locality(string locality) => LinkKeys.Of(Subject, KeyFamily.FrequencyLocality, locality);

    public static long[] For(PersonFeatures person)
    {
        var keys = new HashSet<long>();
        var year = person.Birth?.Digits[..4];
        foreach (var name in person.Names.Take(MaxNames))
        {
            var given = Phonetic.Key(name.GivenCanonical);
            if (name.FamilyPhonetic.Length > 0 && year is not null)
            {
                var initial = name.Given.Length > 0 ? name.Given[0] : '-';
                keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockSurnameYear, $"{name.FamilyPhonetic}|{initial}|{year}"));
            }

            if (given.Length > 0 && name.FamilyPhonetic.Length > 0)
            {
                var pair = string.CompareOrdinal(given, name.FamilyPhonetic) <= 0 ? $"{given}|{name.FamilyPhonetic}" : $"{name.FamilyPhonetic}|{given}";
                keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockNamePair, pair));
            }

            foreach (var address in person.Addresses)
            {
                if (address.Parts is { Postcode.Length: > 0 } parts)
                {
                    if (name.Given.Length > 0)
                    {
                        keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockGivenPostcode, $"{name.Given[0]}|{parts.Postcode}"));
                    }

                    if (name.FamilyPhonetic.Length > 0)
                    {
                        keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStreet, $"{name.FamilyPhonetic}|{parts.Postcode}"));
                    }
                }
            }

            if (name.Family.Length > 0)
            {
                keys.Add(Family(name));
            }

            if (name.Given.Length > 0)
            {
                keys.Add(Given(name));
            }
        }

        if (person.Birth is { } birth)
        {
            // A birth date alone is shared by one mention in ~25,000 (dates in a lifetime), so its block grows with
            // the population; with the sound of either name it stays small and still meets a replaced given name
            // (through the family name), a corrupt family name (through the given name) or swapped names.
            foreach (var sound in NameSounds(person))
            {
                keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockBirthDate, $"{birth.SortedKey}|{sound}"));
            }

            foreach (var address in person.Addresses)
            {
                if (address.Parts is { Postcode.Length: > 0 } parts)
                {
                    // Both names corrupt, birth date and home unchanged.
                    keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockBirthDate, $"{birth.SortedKey}|@{parts.Postcode}"));
                }
            }

            keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockBirthDateOnly, birth.SortedKey));
            keys.Add(Birth(birth));
        }

        AddStrong(keys, person);
        return [.. keys];
    }

    /// <summary>Gets the phonetic keys of each name's given and family parts, as one set (so swapped names still share them).</summary>
    private static HashSet<string> NameSounds(PersonFeatures person)
    {
        var sounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in person.Names.Take(MaxNames))
        {
            var given = Phonetic.Key(name.GivenCanonical);
            if (given.Length > 0)
            {
                sounds.Add(given);
            }

            if (name.FamilyPhonetic.Length > 0)
            {
                sounds.Add(name.FamilyPhonetic);
            }
        }

        if (sounds.Count == 0)
        {
            sounds.Add("-");
        }

        return sounds;
    }

    private static void AddStrong(HashSet<long> keys, PersonFeatures person)
    {
        if (person.Pnc is not null)
        {
            keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStrong, "PNC|" + person.Pnc));
        }

        if (person.Cro is not null)
        {
            keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStrong, "CRO|" + person.Cro));
        }

        foreach (var address in person.Addresses)
        {
            if (address.Uprn is not null)
            {
                keys.Add(Uprn(address.Uprn));
            }

            if (address.Parts is { } parts)
            {
                foreach (var number in parts.Postcode.Length > 0 ? parts.Numbers.Take(MaxNumbers) : [])
                {
                    // Every premise number (flat and house), so "Flat 5, 7 Booth Crescent" meets "7 Booth Crescent".
                    keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStreet, $"{number}|{parts.Postcode}"));
                }

                foreach (var word in parts.Numbers.Length > 0 ? parts.Words.Where(w => w.Length >= 4 && !AddressWords.StreetTypes.Contains(w)) : [])
                {
                    keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStreet, $"{parts.Numbers[0]}|{word}"));
                }

                keys.Add(Address(parts));
                if (parts.Locality.Length > 0)
                {
                    keys.Add(Locality(parts.Locality));
                }

                if (parts.Postcode.Length > 0)
                {
                    keys.Add(Postcode(parts.Postcode));
                }
            }
        }

        foreach (var vrm in person.Vrms)
        {
            keys.Add(Vrm(vrm));
        }
    }
}
