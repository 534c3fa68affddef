using Chb.Linking;
using Chb.Linking.Text;
using static Chb.Hub.Tests.Linking.People;

namespace Chb.Hub.Tests.Linking;

/// <summary>
/// Partial-agreement levels: keyboard slips and split given names count as agreement, while real names one letter
/// apart (twins' names) stay different and relatives a generation apart never link however their given names are written.
/// </summary>
public sealed class ComparisonLevelTests
{
    private const string Flat = "14 Leeds Old Road, Bradford";

    [Theory]
    [InlineData("Jack", "Jadk")]
    [InlineData("Hollie", "Holile")]
    [InlineData("Annabelle", "Anabele")]
    public void Compare_SlipInAGivenNameWithSameBirthDateAndAddress_Links(string given, string slipped)
    {
        var lines = new List<string>();

        var result = new PersonModel(new LinkageOptions()).Compare(
            Person(given, "Reid", "1989-11-10", Flat, "BD3 8HU"), Person(slipped, "Reid", "1989-11-10", Flat, "BD3 8HU"), KeyCounts.Empty, lines);

        Assert.Equal(LinkOutcome.Link, result.Outcome);
        Assert.DoesNotContain(lines, l => l.StartsWith("given:different", StringComparison.Ordinal) || l.StartsWith("rule:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sara", "Sarah")]
    [InlineData("Lily", "Lilly")]
    [InlineData("Aidan", "Aiden")]
    [InlineData("Hayley", "Hailey")]
    public void Compare_SpellingsOfOneNameWithSameBirthDateAndAddress_Link(string given, string spelling)
    {
        var result = Compare(Person(given, "Reid", "1989-11-10", Flat, "BD3 8HU"), Person(spelling, "Reid", "1989-11-10", Flat, "BD3 8HU"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_SpaceSlippedIntoAGivenName_AgreesExactly()
    {
        var lines = new List<string>();

        new PersonModel(new LinkageOptions()).Compare(Person("Ja ck", "Matthews", "1908-11-19"), Person("Jack", "Matthews", "1908-11-19"), KeyCounts.Empty, lines);

        Assert.Contains(lines, l => l.StartsWith("given:exact", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cara", "Cora")]
    [InlineData("Tom", "Tim")]
    [InlineData("Leo", "Lea")]
    [InlineData("Dean", "Sean")]
    [InlineData("Jack", "Jake")]
    [InlineData("Ella", "Emma")]
    [InlineData("Mark", "Mary")]
    [InlineData("Daniel", "Daniela")]
    [InlineData("Louis", "Louise")]
    public void Compare_TwinsWhoseNamesAreOneOrTwoLettersApart_NeverLink(string first, string second)
    {
        var a = Person(first, "Hussain", "2001-06-15", Flat, "BD3 8HU");
        var b = Person(second, "Hussain", "2001-06-15", Flat, "BD3 8HU");

        Assert.NotEqual(LinkOutcome.Link, Compare(a, b).Outcome);
        Assert.True(new PersonModel(new LinkageOptions()).Conflicts(a, b));
    }

    [Theory]
    [InlineData("J")]
    [InlineData("")]
    [InlineData("Jhon")]
    [InlineData("Johnny")]
    public void Compare_FatherAndSonWhenOneGivenNameIsAnInitialMissingOrMisspelt_NeverLink(string sonGiven)
    {
        var father = Person("John", "Smith", "1965-03-12", "5 Harris Street, Bradford", "BD3 0RT");
        var son = Person(sonGiven, "Smith", "1992-08-30", "5 Harris Street, Bradford", "BD3 0RT");

        Assert.NotEqual(LinkOutcome.Link, Compare(father, son).Outcome);
        Assert.True(new PersonModel(new LinkageOptions()).Conflicts(father, son));
    }

    [Fact]
    public void Compare_SameNameDifferentBirthDatesNoAddress_GoesToReview()
    {
        var result = Compare(Person("Dean", "Holt", "1991-07-14"), Person("Dean", "Holt", "1985-02-03"));

        Assert.Equal(LinkOutcome.Review, result.Outcome);
    }

    [Theory]
    [InlineData("JACK", "JACK", 1, 0)]
    [InlineData("JACK", "JADK", 1, 1)]
    [InlineData("MARY", "MAYR", 1, 1)]
    [InlineData("HOLLIE", "HOLIE", 1, 1)]
    [InlineData("TAYLAH", "TALYAJ", 2, 2)]
    [InlineData("JACK", "JAMES", 1, 2)]
    [InlineData("JO", "JOHNATHAN", 2, 3)]
    public void EditDistance_CountsSlipsUpToTheLimit(string a, string b, int limit, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, limit));
        Assert.Equal(expected, EditDistance.Bounded(b, a, limit));
    }
}
