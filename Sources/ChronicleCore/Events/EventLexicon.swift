/// The language data the event recognizer reads: triggers per kind, leader titles,
/// and the cue words that decide where an event starts, what date and place it takes.
///
/// A plain value: the built-in tables live in `EventTables.swift`; a user file can add
/// kinds, triggers and titles (`merging(userFile:)`, format in `Samples/lexicon.example.json`).
public struct EventLexicon: Hashable, Sendable {
    /// A phrase that signals an event of a kind. `kind == nil` marks a blocker: a longer
    /// phrase that contains a trigger but names no event (`常委会`, `检查站`, `会议室`).
    public struct Trigger: Hashable, Sendable {
        public var phrase: String
        public var kind: String?
        /// How specific the phrase is: 3 a named event (`座谈会`, `签约仪式`), 2 an
        /// activity verb (`督导`), 1 a generic word (`会议`, `检查`). The most specific
        /// trigger of a clause decides its kind.
        public var weight: Int

        public init(_ phrase: String, _ kind: String?, weight: Int = 3) {
            self.phrase = phrase
            self.kind = kind
            self.weight = weight
        }
    }

    /// What a word after a person's name (or name list) says about the person's part in
    /// an event: `主持`, `讲话` lead; `调研`, `走访` act (lead, unless an attending word came
    /// first: `参加调研`); `出席`, `陪同` attend; `表示`, `指出` speak (a leader unless the
    /// person came as a guest); `率领的` marks a visiting party (guests); `讲话精神` a
    /// superior whose speech is studied, who is neither. `neutral` words contain a cue
    /// but say nothing (`主持人`, `报告厅`).
    /// `heads` (`带队`) leads, but in a hosted kind marks the visiting party's head, a
    /// guest; `accompanies` (`陪同考察`) attends, but in a hosted kind is the host.
    public enum Role: String, Hashable, Sendable {
        case leads, heads, acts, speaks, attends, accompanies, guests, studied, neutral
    }

    public struct RoleCue: Hashable, Sendable {
        public var phrase: String
        public var role: Role

        public init(_ phrase: String, _ role: Role) {
            self.phrase = phrase
            self.role = role
        }
    }

    public var triggers: [Trigger]
    /// Words that follow a trigger and turn it into a reference to something else:
    /// `会议精神`, `联席会议制度`, `会议前`.
    public var triggerBlockingSuffixes: [String]
    /// What a named event says or decides (`会议决定`, `会议指出`): the event is reported
    /// elsewhere, unless the sentence opens with a date of its own (`12月25日，…会议决定：…`),
    /// which reports it here.
    public var statementVerbs: [String]
    /// Demonstratives before a trigger that point back to an event already told
    /// (`本次活动的发起人`, `此次会议`): no event of their own.
    public var backReferences: [String]
    /// Last morpheme of a leader's title (`书记`, `区长`, `主任`); the place or body in
    /// front of it (`管城回族区委`, `市人大常委会副`) is read from the text.
    public var titles: [String]
    /// Titles whose holder is never one of the page's leaders (`总书记`, quoted from the
    /// national news), nor a title at all (`书记员`).
    public var ignoredTitles: [String]
    /// Words after which a list of bare names follows (`区领导詹国良、谢婧`).
    public var collectiveLeaderMarkers: [String]
    /// Credits: a name after these is a journalist, never a leader.
    public var reporterMarkers: [String]
    /// Role cues read after a name or a list of names, up to the next person named.
    public var roleCues: [RoleCue]
    /// Words after which the rest of a sentence is what someone said or asked for, no event.
    public var backgroundCues: [String]
    /// Markers of an event told as history (`双方曾签署…协议`, `早在2019年…`): the rest of
    /// the sentence reports no event. A marker that may begin a name (`曾` is a surname:
    /// `区长曾志强`) counts only before a verb.
    public var historyMarkers: [String]
    /// Words that tell a date as the past (`去年10月`, `此前`): an event so dated before the
    /// article's first one is history told beside the news.
    public var pastDateCues: [String]
    /// `贯彻落实…精神`: the triggers between an opener and a closer name what is studied.
    public var studyFrameOpeners: [String]
    public var studyFrameClosers: [String]
    /// `通过入户走访、文艺演出等方式`: the triggers between an opener and a closer name the
    /// means of a campaign, no event.
    public var meansFrameOpeners: [String]
    public var meansFrameClosers: [String]
    /// `开展龙舟竞渡、文艺演出等一系列活动`: words after a list's `等` that make the list the
    /// items of a programme; the triggers in it are no events of their own.
    public var programmeMarkers: [String]
    /// Nouns that close the object of an act (`检查游客接待和安全保障工作`, `研究培训工作`): a
    /// trigger inside such an object, right after another trigger, names the topic.
    public var topicNouns: [String]
    /// Words after a trigger that make it a modifier (`出席…大会的代表`): it names the
    /// clause's event only when no other trigger does.
    public var modifierMarkers: [String]
    /// Clause openers of a purpose (`为筹备…`, `为了…`): the clause names what is to come.
    public var purposeOpeners: [String]
    /// Words right before a name that make it an object (`会见A`, `对A`, `与A座谈`).
    public var objectMarkers: [String]
    /// Words of joint action after a partner (`A与B共同出席`): the partner is a subject too.
    public var coActionWords: [String]
    /// Kinds where people come as visitors to a host (receptions): see `Role`.
    public var hostedKinds: [String]
    /// Verbs of going out to another place (`赴东泽区学习考察`): a clause that goes out to a
    /// place not our own hosts nobody, so a hosted kind's word there (`考察团`) names our
    /// party, and the clause's other activity is the event.
    public var outboundCues: [String]
    /// Verb phrases a title's body never reaches back over (`贯彻落实区委书记…`).
    public var titlePrefixBreaks: [String]
    /// Last words of an organisation's name (`有限公司`, `集团`): a body cut by the length
    /// limit starts after one.
    public var organisationEndings: [String]
    /// Words that close a list of names before a collective word (`A、B等区领导`).
    public var listEnds: [String]
    /// Words that open a list of people whose part was said before them, after 的
    /// (`出席会议的区领导有：A、B`, `陪同调研的还有A`, `担任执行主席的是：A、B`): see `RoleFrame`.
    public var listIntroducers: [String]
    /// Words between a name and the title written after it (`张立新副县长`).
    public var titleModifiers: [String]
    /// What may stand between two names of one list (`区委书记A，区长B、C和D出席`).
    public var nameJoiners: [String]
    /// Words that typically follow a leader's name (`主持`, `表示`, `带队`): they end the name.
    public var nameFollowers: [String]
    /// Characters that end the place or body written in front of a title, going backwards.
    public var titlePrefixStops: [String]
    public var surnames: [String]
    /// A sentence opening with one of these continues from the previous event and takes
    /// its date (`会后`, `随后`, `仪式结束后`, `会见后`).
    public var inheritanceCues: [String]
    /// A clause opening with one of these reports a further activity (`并到…座谈交流`): a new
    /// event when its kind differs from the current one.
    public var clauseConnectors: [String]
    /// Words before a trigger in its clause that report a further activity, even one of
    /// the same kind (`还前往…调研`, `还就…进行督导`).
    public var furtherActivityCues: [String]
    /// Words inside a clause that join a second activity to the first (`调研…并走访`).
    public var activityJoiners: [String]
    /// Tense cues marking an announced event (`将于`, `定于`, `拟`).
    public var plannedCues: [String]
    /// Words right before a date that make it an end or a start of something else, never
    /// the date of an event (`持续至9月7日`, `自11月15日…以来`).
    public var nonGoverningDatePrefixes: [String]
    public var nonGoverningDateSuffixes: [String]
    /// Prepositions and verbs introducing the place of an event (`在X召开`, `到X督导`, `来到X`).
    public var placeCues: [String]
    /// Verbs that reveal the site of a tour when no venue is stated (`先后来到X`).
    public var tourCues: [String]
    /// Adverbs of succession that make a place cue after them a tour of sites (`先后到A、B等地`);
    /// what follows must then end like a place (`先后到位资金` is none).
    public var tourAdverbs: [String]
    /// Verbs of looking whose object is a site only when it ends like a place
    /// (`实地察看了X工业园、…` is a site; `察看了消防设施` is not).
    public var siteVerbs: [String]
    /// Words that end a place phrase (the verbs that follow a venue).
    public var placeTerminators: [String]
    /// Words read across the end of a blocker or a place name, both ways: a match whose last
    /// character begins one of these runs on into it (`调研组|织工作`, `对文化市|场`) and is no
    /// match at that length (`调研` is then the trigger), unless the text after the match
    /// begins one itself (`检查组|成员`, `东湾村|民兵`, `东湾市|民政局`).
    public var runOnWords: [String]
    /// Words that end like a place name but name none (`卫生城市`, `超市`).
    public var nonPlaceEndings: [String]
    /// Locative words after a landmark (`东南小学周边`, `铁路沿线`): the place is the landmark.
    public var locativeWords: [String]
    /// Words that start with a place cue but introduce no place (`来自`, `在建`).
    public var nonPlaceCues: [String]
    /// First characters of a phrase that is a scope, not a place (`全区`, `各镇`).
    public var nonPlaceStarts: [String]
    /// Words that point back to a place named before (`在这里举行`).
    public var deicticPlaces: [String]
    /// Words that, right after a place cue, make what follows an action or the time of one,
    /// no place (`深入贯彻…`, `参观过程中`, `在春节来临之际`).
    public var actionOpeners: [String]
    /// Last characters of a place name: a phrase ending in one is a place even when
    /// punctuation, not a verb, follows it (`到汐河区，督查…`).
    public var placeSuffixes: [String]
    /// Characters that belong to titles and bodies, never to a person's name: they stop
    /// `区委书记` from being read as a name `区委` followed by a title.
    public var nonNameCharacters: [String]
    /// In a summary, `对X进行Y` reads better as `YX`: these are the `对` and `进行`.
    public var summaryObjectMarker: String
    public var summaryVerbMarkers: [String]
    /// Leading filler dropped from a summary (`辖区`).
    public var summaryFillers: [String]
    /// Adverbs and connectors dropped from the start of a summary (`并`, `随即`).
    public var summaryDroppedLeads: [String]
    /// Prepositions of a date the summary leaves out (`将于12月下旬召开` → `将召开`).
    public var summaryDatePrepositions: [String]
    /// Joiners between two dates the summary leaves out (`元旦、春节前`).
    public var summaryDateJoiners: [String]
    /// Words that begin a clause without a subject: the summary then names the actor.
    public var subjectlessStarts: [String]
    /// Adverbs of a respective action (`A、B分别参加了X区、Y区的…`): a list of places
    /// after one makes one event per place, the people of a list as long paired in order.
    public var distributiveCues: [String]
    /// Words after a named event that make it the setting of a sentence (`座谈会上，…`):
    /// no event where it was reported before; else the event it implies, dated like the one before.
    public var settingSuffixes: [String]
    /// Connectors opening a prepositional frame whose verb comes in a later clause
    /// (`并就如何…，…开展座谈交流`): they join that later activity.
    public var openFrameConnectors: [String]
    /// Verbs of inviting (`邀请A、B…授课`): everyone named after one in its clause is its
    /// object, a guest of whoever invited, not the subject of what follows.
    public var invitationMarkers: [String]
    /// Signing an agreement (`签订…合作框架协议`) is an event of `signingKind` of its own,
    /// even inside another event's sentence: a verb of signing, then, in its clause, an
    /// agreement word.
    public var signingVerbs: [String]
    public var agreementWords: [String]
    /// Acts of signing read as a role (`A与B代表双方签约`), and the joiners that name the
    /// other party: those after one sign for the other side and attend; the first signs
    /// for ours and leads.
    public var signingActs: [String]
    public var otherPartyJoiners: [String]
    /// Words naming the parties together (`代表双方签约`): after them the one joined by an
    /// other-party joiner signs for the other side.
    public var twoSidesCues: [String]
    public var signingKind: String

    /// Every kind the lexicon can produce, built-in first, in table order.
    public var kinds: [String] {
        var seen = Set<String>()
        return triggers.compactMap(\.kind).filter { seen.insert($0).inserted }
    }
}
