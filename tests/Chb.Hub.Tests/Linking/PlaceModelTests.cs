using Chb.Linking;

namespace Chb.Hub.Tests.Linking;

public sealed class PlaceModelTests
{
    private readonly PlaceModel _model = new();

    [Fact]
    public void Compare_SameUprnDifferentWording_LinksOnStrongIdentifier()
    {
        var result = Compare(Place("Garages rear of Kenmore Road, Bradford", "BD3 8QY", "100051000999"), Place("Kenmore Rd garages", null, "100051000999"));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
        Assert.Equal(LinkMethod.StrongIdentifier, result.Method);
    }

    [Fact]
    public void Compare_DifferentUprnsSameAddress_StayApart()
    {
        var result = Compare(Place("Flat 3 Kenmore House", "BD3 8QX", "100051000001"), Place("Flat 3 Kenmore House", "BD3 8QX", "100051000002"));

        Assert.Equal(LinkOutcome.Apart, result.Outcome);
        Assert.True(result.Conflict);
    }

    [Fact]
    public void Compare_MessyAddressWithPostcodeInText_LinksToTheFullAddress()
    {
        var result = Compare(Place("Flat 3 Kenmore Ho, BD38QX", null, null), Place("Flat 3 Kenmore House, Kenmore Road", "BD3 8QX", null));

        Assert.Equal(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Compare_NeighbouringFlat_StaysApart()
    {
        var result = Compare(Place("Flat 3 Kenmore House, Kenmore Road", "BD3 8QX", null), Place("Flat 4 Kenmore House, Kenmore Road", "BD3 8QX", null));

        Assert.Equal(LinkOutcome.Apart, result.Outcome);
    }

    [Fact]
    public void Compare_StreetLevelReferenceAndAFlatInThatStreet_StayApart()
    {
        var result = Compare(Place("Kenmore Road", "BD3 8QX", null), Place("Flat 3 Kenmore House, Kenmore Road", "BD3 8QX", null));

        Assert.NotEqual(LinkOutcome.Link, result.Outcome);
    }

    [Fact]
    public void Keys_MessyAndFullAddress_ShareABlock()
    {
        var messy = _model.Keys(Place("Flat 3 Kenmore Ho, BD38QX", null, null));
        var full = _model.Keys(Place("Flat 3 Kenmore House, Kenmore Road", "BD3 8QX", null));

        Assert.Contains(messy.Intersect(full), LinkKeys.IsBlocking);
    }

    [Fact]
    public void From_KeepsTheGridReferenceAndNormalisesThePostcode()
    {
        var place = PlaceFeatures.From(new PlaceRecord { Id = "p", Address = new AddressInput("Garages, Kenmore Road", "bd3 8qy"), Easting = 417250, Northing = 433650 });

        Assert.Equal("BD3 8QY", place.Postcode);
        Assert.Equal(417250, place.Easting);
        Assert.Equal(433650, place.Northing);
    }

    private MatchResult Compare(PlaceFeatures a, PlaceFeatures b) => _model.Compare(a, b, KeyCounts.Empty);

    private static PlaceFeatures Place(string? address, string? postcode, string? uprn)
        => PlaceFeatures.From(new PlaceRecord { Id = Guid.NewGuid().ToString("N"), Address = new AddressInput(address, postcode, null, uprn) });
}
