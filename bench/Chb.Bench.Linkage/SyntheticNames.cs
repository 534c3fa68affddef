namespace Chb.Bench.Linkage;

/// <summary>Name, street and town material for synthetic UK-flavoured people (no real person).</summary>
internal static class SyntheticNames
{
    public static readonly string[] Given =
    [
        "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Muhammad", "Thomas", "Oscar", "William", "James", "Henry",
        "Leo", "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander", "Joseph", "Edward", "Samuel", "Max", "Daniel",
        "Arthur", "Lucas", "Mohammed", "Logan", "Theo", "Harrison", "Benjamin", "Mason", "Sebastian", "Finley", "Adam", "Dylan",
        "Zachary", "Riley", "Teddy", "Theodore", "David", "Elijah", "Jake", "Toby", "Louie", "Reuben", "Arlo", "Hugo", "Olivia",
        "Amelia", "Isla", "Ava", "Emily", "Isabella", "Mia", "Poppy", "Ella", "Lily", "Evie", "Grace", "Sophia", "Sophie", "Charlotte",
        "Freya", "Daisy", "Alice", "Ruby", "Florence", "Jessica", "Phoebe", "Scarlett", "Chloe", "Matilda", "Sienna", "Millie",
        "Evelyn", "Layla", "Rosie", "Katherine", "Margaret", "Elizabeth", "Susan", "Doreen", "Zofia", "Agnieszka", "Piotr", "Tomasz",
        "Imran", "Tariq", "Yasmin", "Fatima", "Aisha", "Zainab", "Omar", "Hassan", "Bilal", "Hamza", "Ibrahim", "Yusuf", "Ayesha",
        "Sean", "Conor", "Niamh", "Siobhan", "Dean", "Wayne", "Craig", "Lee", "Gary", "Paul", "Mark", "Stephen", "Michael", "John",
        "Robert", "Richard", "Christopher", "Anthony", "Andrew", "Kevin", "Karen", "Tracey", "Joanne", "Nicola", "Rebecca", "Deborah",
    ];

    public static readonly string[] Family =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson",
        "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan",
        "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell",
        "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan",
        "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
        "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
        "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Ahmed",
        "Rahman", "Mahmood", "Iqbal", "Akhtar", "Shah", "Chaudhry", "Nowak", "Kowalski", "Wisniewski", "O'Connor", "O'Brien",
        "McDonald", "Holt", "Walsh", "Ellison", "Lomax", "Sutcliffe", "Ackroyd", "Haigh", "Firth", "Greenwood", "Barraclough",
    ];

    public static readonly string[] Syllables =
    [
        "ash", "bar", "bel", "bro", "cal", "dar", "den", "el", "far", "gar", "hal", "har", "ken", "lan", "ley", "mar", "mor", "nor",
        "ock", "pen", "ral", "ros", "sal", "sey", "ston", "tan", "ter", "thorn", "ton", "wal", "well", "wick", "win", "worth", "by",
        "croft", "dale", "field", "ford", "ham",
    ];

    public static readonly string[] StreetTypes = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Court", "Terrace", "Grove", "Crescent"];

    public static readonly string[] Towns =
    [
        "Bradford", "Leeds", "Halifax", "Huddersfield", "Wakefield", "Keighley", "Shipley", "Bingley", "Dewsbury", "Batley",
        "Pudsey", "Otley", "Ilkley", "Castleford", "Pontefract", "Brighouse", "Todmorden", "Morley", "Ossett", "Baildon",
    ];

    public static readonly string[] PostcodeAreas = ["BD", "LS", "HX", "HD", "WF", "M", "OL", "SK", "BL", "HG", "YO", "S", "DN", "BB", "L"];

    public static readonly Dictionary<string, string[]> Variants = new(StringComparer.Ordinal)
    {
        ["Muhammad"] = ["Mohammed", "Mohamed", "Mohammad"],
        ["Mohammed"] = ["Muhammad", "Mohamed"],
        ["Katherine"] = ["Catherine", "Kate", "Kathy"],
        ["William"] = ["Bill", "Will"],
        ["Robert"] = ["Bob", "Rob"],
        ["Elizabeth"] = ["Liz", "Beth"],
        ["Margaret"] = ["Maggie", "Peggy"],
        ["Yusuf"] = ["Yousuf", "Yousef"],
        ["Zofia"] = ["Sophia", "Zosia"],
        ["Michael"] = ["Mike", "Mick"],
        ["Christopher"] = ["Chris"],
        ["Joseph"] = ["Joe"],
        ["Aisha"] = ["Ayesha"],
        ["Hassan"] = ["Hasan"],
    };
}
