using Chb.Linking;
using static Chb.Hub.Tests.Linking.People;

namespace Chb.Hub.Tests.Linking;

/// <summary>Which mentions meet in a block: selective keys that still find corrupt duplicates, and caps that bound cost.</summary>
public sealed class BlockingTests
{
    private static readonly PersonModel Model = new(new LinkageOptions());

    [Fact]
    public void Keys_SameBirthDateSwappedNamesAndNoAddress_ShareABlock()
    {
        Assert.True(ShareBlock(Person("Imran", "Khan", "1990-11-02"), Person("Khan", "Imran", "1990-02-11")));
    }

    [Fact]
    public void Keys_ReplacedGivenNameSameFamilyAndBirthDate_ShareABlock()
    {
        Assert.True(ShareBlock(Person("Amir", "Hussain", "2001-06-15"), Person("Hassan", "Hussain", "2001-06-15")));
    }

    [Fact]
    public void Keys_BothNamesCorruptSameBirthDateAndPostcode_ShareABlockBesidesTheDateAlone()
    {
        var a = Person("Alexandra", "Hearn", "1930-08-18", "7 Booth Crescent", "BD3 8HU");
        var b = Person("Lachlan", "Heanr", "1930-08-18", "9 Ashby Road", "BD3 8HU");

        Assert.Contains(SharedBlocks(a, b), k => LinkKeys.FamilyOf(k) == KeyFamily.BlockBirthDate);
    }

    [Fact]
    public void Keys_FlatNumberAddedToTheSameHouse_ShareAStreetBlock()
    {
        var a = Person("Dean", "Holt", null, "Flat 5, 7 Booth Crescent", "BD3 8HU");
        var b = Person("Sara", "Khan", null, "7 Booth Crescent", "BD3 8HU");

        Assert.Contains(SharedBlocks(a, b), k => LinkKeys.FamilyOf(k) == KeyFamily.BlockStreet);
    }

    [Fact]
    public void Keys_SameBirthDateOnly_ShareOnlyTheCappedDateBlock()
    {
        var shared = SharedBlocks(Person("Amir", "Hussain", "2001-06-15"), Person("Doreen", "Walsh", "2001-06-15"));

        Assert.Equal([KeyFamily.BlockBirthDateOnly], shared.Select(LinkKeys.FamilyOf));
    }

    [Fact]
    public void Keys_StreetTypeIsNotAStreetWord()
    {
        var a = Person("Dean", "Holt", null, "12 Ashby Crescent", "BD3 8HU");
        var b = Person("Sara", "Khan", null, "12 Kenmore Crescent", "LS6 1AA");

        Assert.Empty(SharedBlocks(a, b));
    }

    [Theory]
    [InlineData(KeyFamily.BlockNamePair, 32)]
    [InlineData(KeyFamily.BlockBirthDateOnly, 16)]
    [InlineData(KeyFamily.BlockBirthDate, 128)]
    [InlineData(KeyFamily.BlockStreet, 128)]
    public void BlockCap_SingleFieldKeysAreCappedLower(KeyFamily family, int cap)
    {
        Assert.Equal(cap, new LinkageOptions().BlockCap((long)family));
    }

    [Fact]
    public void BlockCap_NeverExceedsTheGeneralCap()
    {
        Assert.Equal(8, new LinkageOptions { MaxBlockSize = 8 }.BlockCap((long)KeyFamily.BlockNamePair));
    }

    [Fact]
    public void Link_CommonBirthDateOverTheCap_IsNotCompared()
    {
        var options = new LinkageOptions { MaxDateBlockSize = 4 };
        string[] given = ["Adam", "Ben", "Carl", "Dale", "Eric"];
        string[] family = ["Ackroyd", "Barker", "Crowther", "Dyson", "Firth"];
        var crowd = given.Select((g, i) => Person(g, family[i], "1980-03-04")).ToList();

        var result = new BatchLinker<PersonFeatures>(new PersonModel(options), options).Link(crowd);

        Assert.Equal(0, result.Comparisons);
    }

    private static bool ShareBlock(PersonFeatures a, PersonFeatures b)
        => SharedBlocks(a, b).Any(k => LinkKeys.FamilyOf(k) != KeyFamily.BlockBirthDateOnly);

    private static List<long> SharedBlocks(PersonFeatures a, PersonFeatures b)
        => Model.Keys(a).Intersect(Model.Keys(b)).Where(LinkKeys.IsBlocking).ToList();
}
