using System.Globalization;

namespace Chb.Bench.Ingest;

/// <summary>
/// Fictional people with a town's spread of names: about 2,500 surnames and 400 forenames, each drawn with a Zipf skew
/// (the most common surname 1.8 % of people, the most common forename 2.6 %, so about 95 of 200,000 people share the
/// most common full name), birth dates spread over 1940-2007. Person
/// <c>i</c> is the same in every export; everything is derived from <c>i</c>, so exports are reproducible.
/// </summary>
internal static class Population
{
    private static readonly string[] Common =
        ["Khan", "Hussain", "Smith", "Ahmed", "Ali", "Walsh", "Holt", "Begum", "Kaur", "Nowak", "Taylor", "Brown", "O'Connor", "Akhtar", "Shah", "Wood"];

    private static readonly string[] Stems =
        ["Ack", "Bar", "Crow", "Dys", "Firth", "Green", "Haig", "Ing", "Hol", "Wal", "Lom", "Pick", "Sug", "Priest", "Crab", "Ill",
         "Rush", "Sow", "Thack", "Wads", "Mur", "Heb", "Og", "Broad", "Tor", "Ash", "Black", "Brad", "Calder", "Dew", "Elm", "Fair",
         "Gar", "Hart", "Kirk", "Lang", "Marsh", "Nor", "Oak", "Pen", "Rad", "Shel", "Stan", "Thorn", "Ux", "Ver", "Whit", "York"];

    private static readonly string[] Endings =
        ["royd", "ker", "ther", "son", "wood", "ley", "ton", "field", "well", "by", "croft", "worth", "shaw", "man", "hurst", "dale",
         "ridge", "ford", "thwaite", "cliffe", "lock", "stone", "ham", "wick", "combe", "gate", "more", "land", "bury", "ington",
         "holme", "wright", "brook", "den", "ling", "low", "nall", "ock", "rick", "sall", "ster", "tree", "ward", "wain", "yard", "ett",
         "ings", "ows", "ard", "itt", "ey", "er"];

    private static readonly string[] Forenames = BuildForenames();
    private static readonly string[] Surnames = [.. Common, .. Stems.SelectMany(s => Endings.Select(e => s + e))];
    private static readonly double[] SurnameCdf = ZipfCdf(Surnames.Length, 0.6);
    private static readonly double[] ForenameCdf = ZipfCdf(Forenames.Length, 0.5);

    private static readonly string[] StreetTypes = ["Road", "Street", "Lane", "Avenue", "Terrace", "Close"];
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const int HousesAStreet = 200;

    /// <summary>Gets how many properties the town has (288 streets of 200 houses); cases beyond that recur at a property.</summary>
    public static int Properties => Stems.Length * StreetTypes.Length * HousesAStreet;

    public static (string Surname, string Forename, DateOnly Dob) Person(int i)
    {
        var h = Mix((ulong)i);
        var surname = Surnames[Pick(SurnameCdf, Unit(h))];
        var forename = Forenames[Pick(ForenameCdf, Unit(Mix(h)))];
        var dob = new DateOnly(1940, 1, 1).AddDays((int)(Mix(h ^ 0x5bd1e995UL) % 24_800));
        return (surname, forename, dob);
    }

    /// <summary>An invented place word (a stem and an ending, about 2,500 of them), drawn evenly by <paramref name="h"/>.</summary>
    public static string PlaceWord(ulong h)
    {
        var mixed = Mix(h);
        return Stems[(int)(mixed % (ulong)Stems.Length)] + Endings[(int)(mixed / (ulong)Stems.Length % (ulong)Endings.Length)];
    }

    /// <summary>
    /// The property a case is about: one UPRN, one address and one postcode each, about ten houses of a street to a
    /// postcode (as in the UK, about 15 addresses a unit), streets spread over 90 postcode sectors.
    /// </summary>
    public static (long Uprn, string Line, string Postcode) Address(int caseNumber)
    {
        var property = (int)(Mix((ulong)caseNumber ^ 0xA5A5UL) % (ulong)Properties);
        var street = property / HousesAStreet;
        var number = (property % HousesAStreet) + 1;
        var name = $"{Stems[street % Stems.Length]}{Endings[street % Endings.Length]} {StreetTypes[street / Stems.Length]}";
        var postcode = $"BD{1 + (street % 9)} {street / 9 % 10}{InwardLetters[number / 10 % 20]}{InwardLetters[street / 90 % 20]}";
        return (100051000000 + property, string.Create(CultureInfo.InvariantCulture, $"{number} {name}"), postcode);
    }

    private static string[] BuildForenames()
    {
        string[] real =
            ["Mohammed", "Muhammad", "Imran", "Tariq", "Asif", "Zubair", "Bilal", "Kamran", "Usman", "Adnan", "Shahid", "Faisal", "Yasmin",
             "Nadia", "Samina", "Ayesha", "Shazia", "Rubina", "Fatima", "Saima", "Daniel", "Michael", "Thomas", "Robert", "Joseph",
             "Christopher", "Anthony", "Dean", "Craig", "Wayne", "Lee", "Gary", "Doreen", "Karen", "Michelle", "Joanne", "Kelly", "Stacey",
             "Margaret", "Susan", "Patrick", "Liam", "Declan", "Connor", "Siobhan", "Niamh", "Aoife", "Tomasz", "Piotr", "Jakub", "Marek",
             "Zofia", "Katarzyna", "Agnieszka", "Jana", "Kwame", "Abdi", "Jamal", "Amara", "Hodan", "John", "David", "James", "Paul",
             "Mark", "Andrew", "Steven", "Peter", "Sarah", "Emma", "Claire", "Nicola", "Lisa", "Rachel", "Laura", "Harpreet", "Gurpreet",
             "Sean", "Aisha", "Zara", "Hamza", "Ibrahim", "Yusuf", "Maryam", "Sana", "Ryan", "Jordan", "Kieran", "Jade", "Chloe"];
        string[] endings = ["", "a", "ie", "on", "el", "ina"];
        return [.. real, .. real.Take(60).SelectMany(r => endings.Skip(1).Select(e => r + e))];
    }

    private static double[] ZipfCdf(int n, double s)
    {
        var cdf = new double[n];
        var total = 0.0;
        for (var k = 0; k < n; k++)
        {
            total += 1 / Math.Pow(k + 1, s);
            cdf[k] = total;
        }

        for (var k = 0; k < n; k++)
        {
            cdf[k] /= total;
        }

        return cdf;
    }

    private static int Pick(double[] cdf, double u)
    {
        var at = Array.BinarySearch(cdf, u);
        return Math.Min(at < 0 ? ~at : at, cdf.Length - 1);
    }

    private static double Unit(ulong h) => (h >> 11) * (1.0 / (1UL << 53));

    // SplitMix64's finaliser: a well-spread 64-bit hash of the party number.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
