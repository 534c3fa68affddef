using Chb.Linking.Text;

namespace Chb.Linking.People;

/// <summary>A name normalised for comparison: folded, titles dropped, with phonetic and canonical forms.</summary>
internal sealed class NameForm
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "MR", "MRS", "MS", "MISS", "DR", "MASTER", "MX", "SIR" };

    private NameForm(string[] given, string[] family)
    {
        GivenTokens = given;
        Given = given.Length > 0 ? given[0] : string.Empty;
        GivenJoined = given.Length > 1 ? string.Concat(given) : Given;
        GivenPhonetic = Phonetic.Key(Given);
        GivenJoinedPhonetic = given.Length > 1 ? Phonetic.Key(GivenJoined) : GivenPhonetic;
        GivenCanonical = NameVariants.CanonicalGiven(Given);
        FamilyTokens = family;
        Family = string.Concat(family);
        FamilyPhonetic = Phonetic.Key(Family);
        FamilyCanonical = NameVariants.CanonicalFamily(Family);
        FamilyKey = PersonKeys.FamilyKey(FamilyCanonical);
        GivenKey = PersonKeys.GivenKey(GivenCanonical);
    }

    public long FamilyKey { get; }

    public long GivenKey { get; }

    public string Given { get; }

    public string[] GivenTokens { get; }

    /// <summary>Gets the given names run together, so a space slipped into a name ("Ja ck") or between two ("Mary Ann") still agrees.</summary>
    public string GivenJoined { get; }

    public string GivenJoinedPhonetic { get; }

    public string GivenPhonetic { get; }

    public string GivenCanonical { get; }

    /// <summary>Gets the family name with spaces, hyphens and apostrophes removed (O'Connor and OConnor agree).</summary>
    public string Family { get; }

    public string[] FamilyTokens { get; }

    public string FamilyPhonetic { get; }

    public string FamilyCanonical { get; }

    public bool IsEmpty => Given.Length == 0 && Family.Length == 0;

    public static NameForm From(NameInput name)
        => new(Fold.Tokens(name.Given).Where(t => !Titles.Contains(t)).ToArray(), Fold.Tokens(name.Family));
}
