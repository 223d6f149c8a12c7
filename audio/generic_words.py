"""General English words by falling frequency: the 5,000 most probable unigrams of the en-us
language model in the pocketsphinx wheel (BSD), keeping words its dictionary can say.

A Python module rather than a data file, so it ships in any install without package-data.
Used as rare unigrams in the biased language model, so speech outside the corpus of trainee
phrasings still comes out as words.
"""

WORDS = """
the to i and a of you that in it is for but know was have they on like be not it's so with are
one this yeah he just my we as what if do at or don't about i'm all think there would from two
me people can your get out no that's said up more when an had right well hundred really has
thousand will oh because how time them she been by some who their his were now then go good mean
than going her see could much other you're five got three even too only want did him something
where very here way which nine lot make say first years back any new our also over into ah i've
they're year thing still four should work things those take us most didn't why these never
twenty there's need after being can't okay little down kind point actually many day off come
same six before last he's look sure eight money doing pretty around seven always guess life
dollars long yes better probably every we're world does anything maybe school great find doesn't
though made big feel through thirty cause game old put use different stuff ten home may might
used am thought while best since man love own getting another fifty few bad give part percent
live family i'll tell ever gonna again went someone help i'd keep everything try play hard done
enough trying next end away its place far forty talk ninety both real says country kids times
least person bit such million high exactly what's isn't told nothing friends believe let call
having able show else watch job ago nice start once whole house government problem looking
change children each without days found true saying between less week she's seen already
wouldn't makes guy course care name second came sixty pay wasn't talking until making seems
eighty thanks either idea seventy read yet definitely team working city mr wanted left remember
huh fact night business months state number against called half public understand everyone
whatever er almost run friend case took sometimes today must sorry god important wrong started
heard haven't couple minutes hi set reason question system together car games women war hope
states hey stop happened thank guys coming sort small won't fun hear york under let's quite
during agree free wow buy close past food top hours anyone you've saw side news kinda myself
cool mind thinking company deal whether comes happen interesting looks gets later taking young
parents phone ask stay shit matter please we've united especially power health area american
rather move open usually goes line fifteen sense using men wait story means couldn't however
somebody fine leave become playing lost level water living full often t head funny yourself
instead group college zero happy president easy ones others knew post month seem hit supposed
age needs room experience v asked computer support turn outside issue eat given movie likely
hand aren't white possible face market everybody book wants weeks gone tried certain early
police rest you'll future taken countries problems cost situation woman chance sounds
information child twelve third anyway type mother girl fuck party players bring works check
watching win worked basically black hour lives eleven middle worth hello husband added internet
security based cut law son running married control soon body along paid season wife spend
history fucking dog single learn behind example difficult front america themselves clear huge
wanna shows obama order although per played price class death they've plan human jobs takes
father local s south felt amount answer gave within music absolutely across schools we'll longer
economy kill topic knows hold morning pick ok unless late pounds meet video office difference
major town happens word hate companies needed known moment completely low large general mine
enjoy killed national dead building involved wish totally died you'd walk air north education
issues several political study certainly according places mom service fight community imagine
hell billion crazy moved kid c heart short ready looked figure sit space cold ways lose sound
students list baby gotta changed social drive street alone worse cannot reading light research
turned they'll reality perhaps books hot current break spent amazing words sports energy simply
lived boy process shot wonder california dad add obviously similar stand higher feeling personal
iraq questions listen doctor university seeing risk strong average near decided relationship
older die serious build daughter player online summer expect available awesome inside military
media fire test fast save sex report hands private oil main financial n east minimum term u
giving poor favorite who's expected program finally interest choice red continue movies send
industry brother interested china common weird bought rate speak road attack itself sell door
fall lol entire shouldn't due americans ahead allowed decision opinion west brought special
economic anymore terms met nobody recently form forward worry de court starting view nearly
telling position girls store attention consider football miss perfect site sent bill himself
points waiting normal force easier trust sick damn film tax value series result worst fair act
won vote action mm smoking stupid trade except born smoke anybody eighteen wage miles step
return including changes evidence somewhere hurt members lots extra bank field beautiful share
ground biggest moving asking picture total forget race edit safe fourteen watched plus ball card
uh society became record mostly quality truth seriously super etc comment expensive create eyes
paying simple global write d tough travel kept sign follow minute cat thirteen blood among fan
lead meant data cases europe period increase trouble growing above sitting international calling
putting offer weather british rules drink damage message size parts access personally technology
glad seemed effect land families paper allow hospital english sixteen key quickly willing
population opportunity happening art cancer date credit gotten sad depends reasons luck realize
areas none project recent pass account beginning weight policy sleep role further sir provide
gives weren't lower board compared particular numbers feet built focus cars piece drop round
bush ended drug yep washington fear talked final calls green center spending sister teams
television eating bunch medical costs doubt event john insurance terrible choose campaign
christmas computers loved drugs dogs clean o earlier career match park straight club character
honestly rights science subject wall original student crisis afraid source eventually clearly
ability considered towards grew it'll version grow link learned catch bed training sold beat
began gas otherwise bet london unfortunately yesterday prices fit currently bigger feels
election earth easily hair anywhere services held regular explain actual walking correct respect
lack eye box results majority england visit driving touch pain church twice liked impact fans
thousands groups stopped threat tend language popular goal caught meeting option younger
pressure hasn't voice exercise gun helped lucky range dude teachers learning b joke decide pull
teacher events weapons chinese track star cover department reddit aware trip writing surprised
quick fighting afford literally plane wonderful plans development speed culture la peace
hopefully m stage ice charge throw tonight op following concerned l potential title base brain
beyond ass honest boys dark wrote raise income natural helps search excuse screen winter blue
positive particularly buying tomorrow non p advice success complete finding ideas stick foreign
response missing leaving article legal reach partner fish specific september plenty seventeen
teach stories press bar raised generally bottom growth cash los league apparently degree effort
carry they'd loss nation table workers restaurant slow comments nature passed weekend dollar
budget rich created conversation politics necessarily im train ya song contact marriage despite
model san wear deep avoid crime page worried protect century e climate rule showed thinks texas
present double scene patients nineteen prefer gold cheap extremely self missed federal army
healthy member challenge florida practice floor staff fat losing environment ran led disease
millions fix google hoping fly stock he'll possibly harder afghanistan statement keeping
necessary accept levels religion written fourth removed que island animals style holiday
speaking shut product sport picked female knowing comedy pictures baseball argument notice radio
freedom professional strange cards french ridiculous here's performance hang dream dinner begin
africa mention spot benefit standard welcome suppose european britain basic nuclear dangerous
central claim cats india station speech smart handle brown push daily individual related note
alive turns kinds target sales male impossible likes airport physical content former received
stuck starts modern homes neither finish lines rock address indeed design immediately snow rise
agreed he'd website busy knowledge seconds lady successful violence forced released network
noticed mentioned generation somehow we'd fell decent canada killing mark count taxes shop
leaders approach drinking web selling smaller debate machine draw king everywhere union
understanding join benefits ride changing upon administration standing significant release truly
safety thread hundreds property assume treatment previous whose horrible obvious banks advantage
appreciate trial suggest broke lie heavy quit sunday helping failed finished doctors quarter
color foot responsible planning broken overall cook coast signed coffee sweet whenever capital
image world's reported y comfortable grade cell scared closer production religious people's
interview shoot classes scary judge prime region apart defense code laugh blame gosh david skin
characters powerful audience investment plays products below camera directly required names
showing apartment skills officials improve decade hotel debt warm waste sea girlfriend prison
yours minister official strike fairly solution mistake jump dot taste ship leader holding mass
basketball attacks cup responsibility decisions closed prove bucks angeles programs awful dr
effects basis affected ha hearing michael largest direction dropped include gay runs employees
sun forces chicago businesses scale email becomes demand random forever resources nations
winning keeps battle friday france secret laws ms scientists balance spread considering flight
tired limited posted sub options followed faster wondering tells becoming bus remain decades
affect wind caused cities effective flying congress beach manager prevent sides opened negative
systems excited depending rates details israel hadn't wearing f throughout slightly named george
holy forgot taught believed planet exist text fully competition customers onto conditions rent
contract heat progress normally greater mad amp illegal larger justice rid opening purpose jesus
western discussion grown clothes active meaning boss entirely mouth mess teaching parties russia
background japan murder prepared mobile eh march activities offered surprise ain't pet window
figured listening recommend bag movement treat markets troops soldiers ourselves developed
council managed theory proud saturday hm episode highly name's designed um r familiar windows
jersey band appear items mission terrorist clinton upset types faith humor realized concern
january highest shape opposite material increased conference fault animal recession flu
management leading shown produce pulled useful germany it'd besides letter exact newspaper users
factor massive adding sale tv iran fantastic director restaurants fund turning monday direct
cross walked multiple terrorism alcohol block pop feelings evening angry setting appears attempt
seat studies remains korea wide accident pets survey mental constantly x spring wake traffic
memory therefore careful till beer dealing rare uses activity apply suddenly mexico fresh brand
lord sector develop bringing map civil various software instance reduce cute strategy fuel tiny
excellent aid thoughts admit require regardless latest fifth boyfriend separate county
researchers officer crowd serve en sites covered values folks treated jokes interests coach gym
supply corner shopping dance sexual confidence reports whom fill southern ill arms greatest crap
ends birthday returned stayed library grand figures square channel tour lunch perspective loves
bike gain rain democratic stars bother com wild receive shoes originally agency hardly glass
enjoyed guns evil wanting driver condition birth cheaper independent connection nor actions
complex argue shooting pool context behavior tree lying dying feed acting weapon meat
republicans limit ring adult published roll goodness hole patient magic concept cable blow
developing distance solid survive discovered bomb tests republican promise humans brothers plant
gift jack yea boston saved enemy ticket democrats parent adults switch staying relatively
strength pack kick score barely edge remove g odd joe curious pieces german quiet one's
specifically testing july videos h mrs herself facebook perfectly famous discuss kidding talks
camp june failure section matters labour carbon houses stores fixed politicians location
influence wedding shame possibility claims pro profit posts pregnant projects philadelphia
boring japanese australia dick streets dating reaction friendly proper flat somewhat surgery
neat cent primary aside corporate citizens sucks views emergency smell path pennsylvania chicken
stress experts housing exciting shots northern hobby breaking described arrived deserve
commercial victims organization authorities species alright click christian chances agreement
river reached al arm bowl cutting device boat unique funding included jail drunk dry bills
review appropriate owner captain provided ensure situations checked toward democracy meal
standards vehicle apple disagree spoke records neighborhood copy afternoon opposed april
addition tank bear bitch terrorists goals senior sat danger planned officers tuesday equipment
individuals buildings heads pm crash voters properly holidays net degrees guilty golf universe
tickets farm december professor critical forth intelligence traditional falling dumb chief
reasonable mix eleventh divorce assuming relationships lately status signs firm pc calm core
legs balls museum steps proof extreme estimated funds theater november st paul experienced
creating incredibly fail silly wine manage suspect announced garden conflict village bullshit
candidate un metal pair leaves shift photo continued answers truck muslim understood focused
unit abuse allows where's songs served attitude explained skill august hide brings puts talent
conservative sudden how's october cooking nope letting dress james choices bridge incredible
split depression album slowly wars measure committed agent tons saving replace medicine deaths
tea criminal suicide recovery border lawyer el believes file mainly joined exchange she'll math
offensive leg helpful equal facts operation engine carried emotional suggested phones bay diet
button fashion era posting chose master collection laid opportunities lights extent francisco
empty mail mid construction kitchen tom alternative vs would've moon filled appeared shitty
surface protection app respond thus fake additional em spirit spokesman hall district sending
unable sharing tech hero victim ton lotta voted usual fired ignore gear owners ad suffering
guard efforts coverage authority tip row rose wise max bodies plants hanging giant struggle
cells babies circumstances russian ban magazine accounts picking expecting trees candidates
server w consumers moral images arrested hire films reform enter leadership owned concerns
mistakes mccain confused sources virginia favor innocent hits cuts ohio horse trained zone
savings ultimately unlikely seasons virus essentially stronger se complicated weak shall
entertainment vision cast grab muslims requires maintain digital item launch fox causes ocean
consequences carolina mike nervous capable milk pakistan african update burn wednesday indian
competitive dirty michigan produced bottle achieve lies february vast desire sky residents
experiences ending tape smile percentage anti everyday cheese incident pushing loan variety
surely estate cry seattle definition honey banned package customer poverty marry rarely
everybody's fucked labor elected route photos partners pizza hockey smith mode escape rough
moves whoever reply tool stands relevant dear plastic liberal annoying policies opinions
mountain fellow profile suit differently earn communities secure presence storm crew mile belief
info associated governments nah false vacation lay rush soul drivers lake sentence destroyed
confident foundation accepted checking violent connected recognize reference capacity eastern
models consumer buddy appeal facing studying personality solve invest whoa user sees fewer
typical ex cops chris papers suck linked tested tight hollywood presidential thursday nowhere
hill determine blind differences electricity confirmed fed sets task asia year's structure
continues raising illness hopes shock duty commitment purchase determined bars manhattan
emissions moments retired dunno wins whereas victory typically harm sleeping salary artist mate
via shared today's classic passing placed graduate nowadays pushed chain ooh warming investors
senate annual creative challenges pre olympics nose schedule chat cultural aspect elsewhere
revenue steam panic suffer throwing shirt accurate warning hitting intended deliver counter
voting deck stood vehicles notes cents deals encourage acceptable struggling describe scientific
claimed graduated injured atmosphere elections injury offers she'd disappointed rising idiot
sake wave loud convinced minds mixed increasing automatically compare matches insane previously
stadium noise advertising bathroom spanish granted yup van destroy domestic doors journey
decline paris keys marketing honor carrying locked laughing birds ages combat leads anyways
driven tools cant request mortgage attractive parking ordered identify communication bird yard
cap centre gaming unusual georgia complain knife italian investigation established analysis rape
cream badly dozen crying bro battery cares riot initial sugar retirement recall lovely mystery
faces divorced votes suggests charges load pages method sorts jewish yo vice roughly hobbies
equivalent survivor function cycle pace seats gender charged letters bedroom committee includes
disaster gap prepare pocket stone sight advance pointed unlike k identity lock priority barack
ireland defend catholic country's paint prize minor richard lab trading amazon loans lesson id
guide frame twitter woods feature bright falls introduced regularly features chest winner tennis
auto habit unemployment silver refused completed solar constant scotland environmental lane
temperature minority someone's dreams golden promised efficient sisters plot upper seek
occasionally advanced detail sam trick soccer object nights islam clubs sixth pure powers
lifetime transfer salt monitor atlanta steve exposed athletes pleasure breaks drove thrown quote
fallen peter offering til that'd da orange cop topics drama mood display allowing stream tries
neighbors prior pants uncle combination circle beauty desk saddam bible scheme explanation blah
units factors host perform messages providing afterwards harry teeth flow absolute hmm attacked
neck print lazy chosen pulling killer lift actor tips logic error that'll theme ads hungry
o'clock electric positions jones celebrate hilarious arts links asian wealth recording immediate
largely wood colleagues rely applied sensitive friendship repeat youtube rooms forms wing
healthcare offense thin existing artists secretary brilliant exists length outcome q armed
everyone's adds compete physically clock represent aim engineering stations commission chair
tall measures reduced suffered risks referring roof association rural kills threw relative knock
examples tournament hated martin bonus racist replaced ought volunteer breakfast supporting
guarantee studio laptop gross frank charity pot amounts operations hired phase taliban
cigarettes impression robert ideal drawing revolution queen oldest operating memories
uncomfortable tony causing soft swear flag steal pilot finance limits destruction participate
lawyers download orders ugly hat boom turkey potentially ours asshole sing confirm tied depend
affects fingers writer ladies scenario traveling rescue author extended cameras outdoor stable
listed tube machines spell pitch iron technically walls le launched bye invited tag royal fought
riding connect executive enemies relax devices technical comparison husband's occurred tone
fantasy recorded parliament egg client cigarette relatives hidden commit regret increasingly bob
legislation chocolate clue mayor breath ben planes payment enjoying youth agenda trend
application lifestyle drawn charlie christ italy impressive importance upgrade stretch anger
roads j injuries submission improved severe tower clients vaccine wheel blocks valuable eggs
actors meanwhile es opposition ups governor assets bored existence nuts swimming supported
monster censorship odds fee colors hunter expert aggressive institutions finger usa dallas
license surprising collect nearby mountains collapse valley pattern headed native factory
express pretend yellow bags journal ate approved vegas microsoft kicked statistics porn
initially reminds privacy routine convince jury pound beliefs downtown naturally rice
millionaire teenagers shocked ray children's sadly tie jim jackson faced accent burning lowest
admitted dancing communicate brooklyn sexy expectations daddy worker identified heavily therapy
heading campus provides childhood favourite versus signal lessons johnson vulnerable visited
loose acts react classroom wherever relations senator foods closely banking attached mum port
intelligent kiss handed ordinary asleep holds hurts fees shoulder bond heck boost loving dig
bread forgotten platform struck conclusion combined shower cousin pays cake hoped drinks
essential waited volume supreme reporters correctly estimates arguments remaining intense santa
height gordon crimes breast desperate survival comfort inches sooner located fishing las scenes
draft institute raw fields gates controlled pissed urban significantly steel educated
championship blog resolution ultimate cleaning finds infrastructure nasty potato hiding relief
goods arizona settle painful experiment consistent flash presented billions improvement equally
sarah canadian closest wet arrest wash sometime passion complaining command materials deficit
permanent symptoms stomach spoken division delivered effectively checks telephone plate novel
irish awkward asks mod earned belong tears useless squad regarding answered aspects drives
ancient anxiety files bin searching affirmative manner medium employee losses portion butt
visiting women's ships assumed reputation episodes stated forest proven fruit dragon bite mouse
witness mirror diagnosed penalty solo painting expand remote citizen seeking aged teenager
remind joy seventh hook deeply worldwide sons aircraft agencies refuse channels informed habits
soviet dedicated junior crack trials elements threatened mary patch safer strikes welfare racing
serving generations hospitals champion jumped jews screw rolling frankly walks vietnam singing
practical engaged category grandmother homeless tradition noted mother's begins hillary pointing
award eighth visitors thomas proved stolen chemical enormous guessing iraqi mothers minus attend
peak reporting overseas newspapers session root feedback entered congratulations somebody's
spain beating networks fights shake timing inflation shipping plain bug realistic delivery
relate shops format minnesota boxes threats passengers detroit flew grocery impressed revealed
increases hurry pleased broad medication creation adopted oregon applications frequently holes
description supposedly handful armor shares constitution panel studied stops ed merely dramatic
stays navy cheating fits nurse trash wondered farmers promote playoffs profits bench smoked bout
exception prince contest pride reward hunt happiness explains everything's aids daughters
crucial qualified internal person's dropping returning diego criticism toilet articles targets
contribute operate lee accused strongly empire hung soldier dust inspired comic olds muscle
drops stats meetings element wales conversations continuing yards america's man's depth fancy
remained juice hunting lo industrial frustrating educational programme employment olympic
republic flip transport regime belt jay facility supplies williams legitimate adam evolution
appearance unknown heroes genetic desert races arguing protected valid sounded terror calories
retail invested garbage titles offended disgusting shadow punch selection ear arrive con closing
alert firms partly invite tracks festival bell buried reaching assistance trigger grant
receiving sword screaming naked meals philosophy motion estimate trillion et grass else's sand
could've jumping stopping bullet succeed widely regard pokemon academy remembered miami tragedy
hum scott historical corporations bound servers mexican reverse gate fitness achieved contrast
clothing brazil deserves solutions obama's realised recover challenging expansion raid sharp
payments knee instant suggestion organizations courses household reflect expense euros install
flowers shield youngest rude blown extraordinary elite burned fundamental engage tends
difficulty hurting bone arab rip emotions vital awareness agents swim proposed occur maximum
kevin garage failing transition pray colorado weed spin hardware abroad supporters occasion
bothered owe couples settings nick bombs tens joint father's permission dates sample ruin spare
saudi thanksgiving entry warned reserve gulf coal attorney settled islamic worries humanity ears
hardest writers heaven depressed phrase wealthy guy's carefully defensive dressed twentieth
fiction unfair unbelievable currency celebrity mall subway grateful discovery shortly protest
inner represents gorgeous homework woke beijing economics hiring stimulus notion entitled thick
founded elementary screwed survived charles installed goodbye bits bloody forum burden scores
alex gained dare poll masters independence aunt stake discover contracts si judges academic
transportation registered bang immigrants fool documents expenses input returns deeper bugs
guitar luckily bubble jealous temporary allergies legacy dan virtually begun reliable hooked
attracted readers discussed worrying justify touched pen korean suggesting gang exposure define
butter listened horror facilities houston delay horses elderly mini drag fate dealt script climb
inch apologize entertaining engineer universal explore pin trips argued disappeared cure towns
weekends spots generate chase anniversary forgive angle unfortunate satellite proposal menu
latter corruption territory label family's reduction passes switched scare interviews critics
log blast default conservatives mac behaviour subjects principle attacking vegetables afghan
kansas bones swing brave immune grace breathing dies counts stability tiger protecting storage
punishment neighbor delete hearts infection exercising consumption rank introduce frozen candy
tear indiana picks pink tho ford tune musical courts murdered mentally managers brief arena matt
keyboard shelter improving grandparents purposes fortune deny weekly silence repair breathe
encouraged defeat eve ryan airline xbox drew casual laughed scheduled maps reviews opponent
disney salaries console wages genius fascinating explaining dependent latin broadcast tier setup
maintenance journalists select airplane toys messed flights ugh quarters statements mainstream
languages wire resistance sauce polls iowa recognition immigration gods visible lied glasses
luxury couch shiny physics dozens choosing disabled should've predict organisation israeli
establish concert delicious commander ninth practically hiv henry sacrifice maryland gifts tap
formula discussing capture demands christians rocket counting brian throat ignored karma
focusing involve kit gossip barrel flair kennedy smoker politically invasion judgment biological
wider commercials freak suggestions sufficient stole hip compromise bears stocks methods
secondary na clever yankees skip expression stem anytime voices andrew detective highway rings
romantic airlines legally pursue manufacturing objective versions illinois backed diseases bat
beaten audio responded formed tennessee jimmy producing convention earthquake assistant tackle
discipline controls wont string mom's austin properties stranger boots tribute retire nightmare
fortunate ethnic assault marks diabetes worlds ghost frustrated cloud chairman lottery
daughter's radical outta defence attempts blew cameron sits primarily hills threatening document
institution participants funded covers ruined offices fortunately existed investments claiming
orleans friend's defined patterns knocked australian universities motivation speaker
controversial replacement toy cope dirt visual nonsense copies procedure louis government's
insisted damaged covering technique re awhile stepped eu trail pittsburgh ignorant preparing
junk city's kingdom idol recommended grey nfl register beings grandfather refer guaranteed
dialogue scratch gee wisconsin talented wings joining nation's declared organized hype sum
viewers approximately wasted disorder overcome massachusetts perception denied caring unemployed
silent adventure ease parks landing oklahoma employer reminded rounds pregnancy mask tim theatre
miserable marine smooth bid remarkable teenage dad's enforcement guards feeding owns freaking
cruise custom traveled giants instantly wound quest electronic alien recognized monthly indoor
crossed chip keen programming tail precisely connections strip overweight ranked blowing
performed abandoned stages genuine honesty discussions twin tastes apps predicted fence striking
adjust peaceful jordan lonely developers allies smash intention affairs travelling concrete
behalf boot ministry rage liquid complaints wallet emerging confusing racism graphics gather
surrounded cricket android grandchildren cheers strangers performing democrat pit slip jerry
craft swine slide andy conscious pacific superior creates protein roles objects trapped packed
interact roman ebay knees hence du abilities infected thirds reporter plug torture updated
virtual dave basement satisfied racial logical guests incentive twist qualify patience
requirements strict tenth surrounding volunteers laden practices memorial pension investing
chapter attract courage regional watches unclear ratings tremendous surveys minded twins legit
stealing addiction wisdom officially airports fears detailed trains rating goddamn unnecessary
mature genuinely hates kong chaos technologies profession replied ram entering god's viable
opens jerk daniel websites reveal footage por speaks explosion recipe consensus pills zealand
employed tanks consistently sticking pic islands slight extend fame cheat philly edition jet
sheet collected borders neutral haiti convenient wilson sue cultures efficiency convicted
irrelevant distribution pump approval sin resort employers alarm principles fort salad company's
referred purchased locations champions borrow nintendo literature guest beef criminals actively
prisoners motivated poorly engineers inevitable steak piss chips suspicious separated singer
buyers reducing je whatsoever suits involves affordable captured proportion declined threads
extension breed amazed scientist catching affair diversity atlantic follows supports ma'am
stroke destiny disappear worthy towers decides creepy handled exit overnight wrestling
consideration slept importantly bizarre waves burst shell heal toxic narrow cage scottish
initiative encouraging greek clinic psychological negotiations tracking kelly optimistic column
flavor landed treating rocks lasted pad gentlemen jacket idiots conduct cared acknowledge solved
signing mars greenhouse surprisingly industries dated congrats danny announcement contain kim
hussein coat eric ties longest steady competing grades producers output fraud bottles terribly
deposited eaten midnight pie symbol hop alabama earning sticks imagination historic assumption
cousins nursing grandma branch balanced corporation shy regulations gains defending hawaii beta
toll documentary centers backwards responses foster forcing regions ruled accounting reader
deciding mechanics freeze beast updates motor bitcoin skiing cooler makeup intent selfish
professionals periods summit resolve trucks prospect opponents jungle ceremony conducted editor
dump financially tongue stressed cabinet overwhelming mount applies rejected gossiping trailer
findings bands euro generated equity gathering creatures arabia brush accidentally lions ski
gray shorter joking promises opera slower sized sells brains marked intend substantial bull
farming harsh selected presents halfway regulation absence encounter emotionally funeral uniform
finishing represented simon jason trap theirs embarrassing appointment marijuana furniture
productive del hong ownership scandal favorites roots resource economies venture gene soup penis
bothers william sustainable ma bonds wipe pile flown taylor soap believing answering abortion
contribution titan semester jeff interaction kentucky ministers loaded dislike pill blade soil
palin embarrassed roommate shoe angel bath rolled meantime rapidly samples davis genes civilians
coaches boards rebuild don achievement unhappy clip partnership photographs sink happier scored
guilt os galaxy devil politician apparent conspiracy insight raped index penn missions chemicals
son's attempting excitement designer bombing applying tourists globe tobacco easiest understands
gallery underground viewed robot lists coins spectrum isolated emerged blair divided colleges
packs username wasting wore cleared inspiration camps vet kicking appreciated charging hitler
targeted phenomenon russians meters stairs substance favour discount innovation expects amy
pardon fastest troll intellectual laying dish alot randomly priorities ratio organic nail bitter
johnny civilian puppy halo awards landscape tunnel shoulders chill bulk phoenix journalist
concentrate fixing addicted pockets grounds pleasant raises centuries how'd sucked easter para
complaint co principal gallon legend directed nasa fiscal executives snake preference lewis
crossing exclusive alliance publicly miracle firing chelsea dose filling bow wheels scan restore
wishes unexpected instructions judging absurd howard backup addressed sandwich loses teens
accepting spokeswoman pilots jane pig med representative healing rational franchise rob diamond
precious gravity bust upstairs assembly lets communist psychology formal cooked meaningful
greatly darling writes unions shed filter successfully handling harvard mentality collapsed
tricky demanding premium insult di dutch bastard magazines alpha wrap adopt wife's temperatures
china's alan regards presidency brady palestinian privilege lifting saint chemistry supportive
penny yahoo safely sought ongoing blocked modest duck palestinians reminder patriots playoff
pathetic transferred involvement touching database passenger jazz momentum potter depressing
behave assessment cleveland males manual bias aw eliminate tension needing yay muscles
manchester spiritual rome nobody's loop carter shipped personnel geez workout brutal corn
numerous utah liberty quoted cunt fails triple dat smokers toronto issued affecting tables cow
strain narrative communications grave camping collecting coin org spreading custody grip fighter
buck invented skating dishes child's ruling rally enjoyable requirement pod controller pan
wireless tories submit oxygen iranian pour larry clinical rolls preferred ashamed perjury exotic
emotion continent murray loot ignoring berlin egypt bachelor winners traded generous accomplish
sec cooperation gathered weigh rear carries hotels serves directions nineteenth involving syria
guardian te struggled poster obsessed hammer doubled networking roger lighting edited techniques
piano chamber conventional deserved lisa sweat fires lung ingredients strategic ted comparing
nicer rugby diverse underneath bless purely emphasis qualities controversy halloween hatred
shirts pentagon auction photograph tactics someday raining excess credits confusion gen backs
dean tale responding staring
""".split()
