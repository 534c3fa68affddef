using Chb.Linking;
using static Chb.Hub.Tests.Linking.People;

namespace Chb.Hub.Tests.Linking;

public sealed class PersonModelTests
{
    private const string Flat = "14 Leeds Old Road, Bradford";

    [Theory]
    [InlineData("Mohammed", "Hussain", "Muhammad", "Hussain")]
    [InlineData("Mohammed", "Hussain", "Mohamed", "HUSSAIN")]
    [InlineData("Katherine", "Walsh", "Catherine", "Walsh")]
    [InlineData("Sean-Paul", "O'Connor", "Sean Paul", "OConnor")]
    [InlineData("Zoë", "Nowak", "Zoe", "Nowak")]
    [InlineData("William", "Barraclough", "Bill", "Barraclough")]
    [InlineData("Imran", "Khan", "Immy", "Khan")]
    public void Compare_NameVariantsWithSameBirthDate_Link(string givenA, string familyA, string givenB, string familyB)
    {
        var result = Compare(Person(givenA, familyA, "1985-04-01", Flat, "BD3 8HU"), Person(givenB, familyB, "1985-04-01"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_DayMonthSwap_Links()
    {
        var result = Compare(Person("Imran", "Khan", "1990-11-02"), Person("Imran", "Khan", "1990-02-11"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_OneDigitBirthDateTypoAtSameAddress_Links()
    {
        var result = Compare(Person("Doreen", "Walsh", "1958-05-17", Flat, "BD3 8HU"), Person("Doreen", "Walsh", "1958-05-27", Flat, "BD3 8HU"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_SamePncDespiteOtherDifferences_LinksOnStrongIdentifier()
    {
        var result = Compare(Person("Immy", "Khan", null, pnc: "2001/0123456F"), Person("Imran", "Kahn", "1990-11-02", pnc: "2001/0123456F"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
        Assert.Equal(LinkMethod.StrongIdentifier, result.Method);
    }

    [Fact]
    public void Compare_DifferentPncs_StayApartAndConflict()
    {
        var result = Compare(Person("Dean", "Holt", "1991-07-14", pnc: "2009/0456789W"), Person("Dean", "Holt", "1991-07-14", pnc: "2001/0123456F"));

        Assert.Equal(LinkOutcome.Apart, result.Outcome);
        Assert.True(result.Conflict);
    }

    [Fact]
    public void Compare_TwinsSameFamilyBirthDateAndAddress_NeverLink()
    {
        var amir = Person("Amir", "Hussain", "2001-06-15", Flat, "BD3 8HU");
        var hassan = Person("Hassan", "Hussain", "2001-06-15", Flat, "BD3 8HU");

        var result = Compare(amir, hassan);

        Assert.NotEqual(LinkOutcome.Link, result.Outcome);
        Assert.True(new PersonModel(new LinkageOptions()).Conflicts(amir, hassan));
    }

    [Fact]
    public void Compare_SiblingsSameFamilyAndAddressDifferentBirthDates_StayApart()
    {
        var result = Compare(Person("Amir", "Hussain", "2001-06-15", Flat, "BD3 8HU"), Person("Bilal", "Hussain", "2004-02-03", Flat, "BD3 8HU"));

        Assert.Equal(LinkOutcome.Apart, result.Outcome);
    }

    [Fact]
    public void Compare_FatherAndSonSameNameAndAddress_NeverLink()
    {
        var father = Person("John", "Smith", "1965-03-12", "5 Harris Street, Bradford", "BD3 0RT");
        var son = Person("John", "Smith", "1992-08-30", "5 Harris Street, Bradford", "BD3 0RT");

        var result = Compare(father, son);

        Assert.NotEqual(LinkOutcome.Link, result.Outcome);
        Assert.True(new PersonModel(new LinkageOptions()).Conflicts(father, son));
    }

    [Fact]
    public void Compare_SameNameDifferentBirthDatesNoAddress_NeverLink()
    {
        var result = Compare(Person("Dean", "Holt", "1991-07-14"), Person("Dean", "Holt", "1985-02-03"));

        Assert.NotEqual(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_SharedVehicleSupportsAMissingBirthDate_Links()
    {
        var withoutVehicle = Compare(Person("Imran", "Khan"), Person("Imran", "Khan", "1990-11-02"));
        var withVehicle = Compare(Person("Imran", "Khan", vrm: "YX19ABC"), Person("Imran", "Khan", "1990-11-02", vrm: "YX19ABC"));

        Assert.True(withVehicle.Weight > withoutVehicle.Weight);
        Assert.Equal(LinkOutcome.Link, withVehicle.Outcome);
    }

    [Fact]
    public void Compare_Explanation_NamesEvidenceWithoutValues()
    {
        var lines = new List<string>();

        new PersonModel(new LinkageOptions()).Compare(
            Person("Mohammed", "Hussain", "1985-04-01"), Person("Muhammad", "Hussain", "1985-04-01"), KeyCounts.Empty, lines);

        Assert.Contains(lines, l => l.StartsWith("given:variant", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dob:exact", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("HUSSAIN", StringComparison.OrdinalIgnoreCase) || l.Contains("1985", StringComparison.Ordinal));
    }
}
