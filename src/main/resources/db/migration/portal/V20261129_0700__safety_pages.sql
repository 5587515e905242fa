-- The public safety and rights pages, one row per page and language, edited by administrators in the app
-- (Markdown, rendered with raw HTML escaped). The texts follow shared/domain/kazakhstan-framework.md: the 2024 law
-- (No. 72-VIII), protective orders (police, 30 days), the court's special requirements (Code of Administrative
-- Offences Art. 54, 3 months to 1 year), family support centres (Art. 5-1 Code on Marriage and Family).
CREATE TABLE portal_page (
    slug       TEXT NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{1,40}$'),
    language   TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    position   INT  NOT NULL CHECK (position >= 0),
    title      TEXT NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    body       TEXT NOT NULL CHECK (length(btrim(body)) > 0 AND length(body) <= 20000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (slug, language)
);

INSERT INTO portal_page (slug, language, position, title, body) VALUES
('protective-order', 'en', 10, 'Protective order: what it is and how to get one', $md$
A **protective order** is an order from the police that tells the person who hurts you to stop. It is the quickest
protection the law gives, and you do not have to go to court for it.

## What it forbids

For **30 days** from the moment it is handed to him, the person named in the order must not:

- use violence against you;
- look for you, follow you, visit you or contact you against your will — by phone, by message or through others.

He is put on the police's preventive register (from the age of 16) and must report to the police. If he breaks the
order, he can be punished with **administrative arrest**.

## How to get one

1. Call **102**, or go to the police station or to your district police inspector (участковый).
2. Tell them what happened. You can bring anything that shows it: messages, photos of injuries, a doctor's note,
   the names of people who saw or heard.
3. The police issue the order. Since 2023 the police can act on a recorded incident even without a written
   complaint from you.

It costs nothing. If you are afraid to go alone, a **family support centre** can go through it with you and help
with the statement: [find a centre](/help/centres).

## If 30 days are not enough

When the danger goes on, a court can set **special requirements** for a longer time:
[read about them](/help/pages/court-requirements).
$md$),
('protective-order', 'ru', 10, 'Защитное предписание: что это и как его получить', $md$
**Защитное предписание** — это требование полиции к человеку, который причиняет вам вред, прекратить это. Это
самая быстрая защита по закону, и для неё не нужно идти в суд.

## Что оно запрещает

В течение **30 дней** с момента, когда предписание ему вручено, названный в нём человек не должен:

- применять к вам насилие;
- искать вас, преследовать, приходить к вам или связываться с вами против вашей воли — по телефону, в сообщениях
  или через других людей.

Его ставят на профилактический учёт в полиции (с 16 лет), и он обязан являться в полицию. Если он нарушит
предписание, ему грозит **административный арест**.

## Как его получить

1. Позвоните **102** или придите в отделение полиции либо к участковому инспектору.
2. Расскажите, что произошло. Можно принести то, что это подтверждает: сообщения, фотографии травм, справку
   врача, имена тех, кто видел или слышал.
3. Полиция выносит предписание. С 2023 года полиция может действовать по зарегистрированному случаю даже без
   вашего письменного заявления.

Это бесплатно. Если страшно идти одной, **центр поддержки семьи** пройдёт этот путь вместе с вами и поможет
с заявлением: [найти центр](/help/centres).

## Если 30 дней недостаточно

Когда опасность сохраняется, суд может установить **особые требования** на более долгий срок:
[подробнее о них](/help/pages/court-requirements).
$md$),
('protective-order', 'kk', 10, 'Қорғау нұсқамасы: бұл не және оны қалай алуға болады', $md$
**Қорғау нұсқамасы** — сізге зиян келтіріп жүрген адамға полицияның мұны тоқтату туралы талабы. Бұл заң беретін
ең жылдам қорғаныс, оны алу үшін сотқа барудың қажеті жоқ.

## Ол нені тыйым салады

Нұсқама қолына тапсырылған сәттен бастап **30 күн** бойы онда аталған адам:

- сізге зорлық-зомбылық жасамауға;
- сіздің еркіңізге қарсы сізді іздемеуге, соңыңыздан жүрмеуге, үйіңізге келмеуге және сізбен байланыспауға —
  телефон, хабарлама арқылы да, басқа адамдар арқылы да — міндетті.

Ол полицияның профилактикалық есебіне алынады (16 жастан бастап) және полицияға келіп тұруға міндетті. Нұсқаманы
бұзса, оған **әкімшілік қамаққа алу** жазасы қолданылуы мүмкін.

## Оны қалай алуға болады

1. **102** нөміріне қоңырау шалыңыз немесе полиция бөлімшесіне не учаскелік инспекторға барыңыз.
2. Не болғанын айтыңыз. Оны растайтын нәрселерді ала келуге болады: хабарламалар, жарақаттардың суреті, дәрігер
   анықтамасы, көрген не естіген адамдардың аты-жөні.
3. Полиция нұсқама шығарады. 2023 жылдан бастап полиция тіркелген оқиға бойынша сіздің жазбаша арызыңызсыз да
   әрекет ете алады.

Бұл тегін. Жалғыз баруға қорықсаңыз, **отбасын қолдау орталығы** сізбен бірге барып, арыз жазуға көмектеседі:
[орталықты табу](/help/centres).

## Егер 30 күн жеткіліксіз болса

Қауіп сақталса, сот ұзағырақ мерзімге **ерекше талаптар** белгілей алады:
[олар туралы толығырақ](/help/pages/court-requirements).
$md$),

('court-requirements', 'en', 20, 'Special requirements set by a court', $md$
When a protective order is not enough, a **court** can set **special requirements** for the person who hurts you
(Code of Administrative Offences, Article 54). They last from **3 months to 1 year**.

## What the court can order

- not to contact you against your will;
- not to own, carry or acquire firearms;
- not to drink alcohol or take drugs;
- to report to the police **one to four times a month**;
- in exceptional cases, **not to live with you**.

The court can also send him to a programme that works on violent behaviour.

## How it starts

Usually the police bring the case to court, for example after a protective order was broken or the violence
happened again. You can ask for it yourself: tell the police or the court what you need. A lawyer at a
**family support centre** can explain your case and help you prepare: [find a centre](/help/centres).

## Good to know

- Since the 2024 law, **battery and causing light harm to health are crimes** again.
- **Reconciliation does not end the case** when the violence was against a child, or when it is repeated within a
  year of an earlier offence.
- If he breaks the requirements, tell the police at once: call **102**.
$md$),
('court-requirements', 'ru', 20, 'Особые требования, которые устанавливает суд', $md$
Когда защитного предписания недостаточно, **суд** может установить человеку, который причиняет вам вред,
**особые требования** (Кодекс об административных правонарушениях, статья 54). Они действуют **от 3 месяцев до
1 года**.

## Что может обязать суд

- не связываться с вами против вашей воли;
- не иметь, не носить и не приобретать огнестрельное оружие;
- не употреблять алкоголь и наркотики;
- являться в полицию **от одного до четырёх раз в месяц**;
- в исключительных случаях — **не проживать вместе с вами**.

Суд также может направить его на программу коррекции насильственного поведения.

## С чего начинается

Обычно дело в суд передаёт полиция — например, после нарушения защитного предписания или повторного насилия.
Вы можете попросить об этом сами: скажите полиции или суду, что вам нужно. Юрист **центра поддержки семьи**
объяснит, как обстоят дела, и поможет подготовиться: [найти центр](/help/centres).

## Важно знать

- По закону 2024 года **побои и причинение лёгкого вреда здоровью снова являются преступлениями**.
- **Примирение не прекращает дело**, если насилие было в отношении ребёнка или повторилось в течение года после
  прежнего правонарушения.
- Если он нарушает требования, сразу сообщите в полицию: звоните **102**.
$md$),
('court-requirements', 'kk', 20, 'Сот белгілейтін ерекше талаптар', $md$
Қорғау нұсқамасы жеткіліксіз болғанда, **сот** сізге зиян келтіріп жүрген адамға **ерекше талаптар** белгілей
алады (Әкімшілік құқық бұзушылық туралы кодекс, 54-бап). Олар **3 айдан 1 жылға дейін** қолданылады.

## Сот нені міндеттей алады

- сіздің еркіңізге қарсы сізбен байланыспауға;
- атыс қаруын ұстамауға, алып жүрмеуге және сатып алмауға;
- алкоголь мен есірткі тұтынбауға;
- полицияға **айына бір реттен төрт ретке дейін** келіп тұруға;
- ерекше жағдайларда — **сізбен бірге тұрмауға**.

Сот сондай-ақ оны зорлық-зомбылық мінез-құлқын түзету бағдарламасына жібере алады.

## Неден басталады

Әдетте істі сотқа полиция жібереді — мысалы, қорғау нұсқамасы бұзылғаннан немесе зорлық қайталанғаннан кейін.
Мұны өзіңіз де сұрай аласыз: полицияға немесе сотқа не қажет екенін айтыңыз. **Отбасын қолдау орталығының**
заңгері жағдайыңызды түсіндіріп, дайындалуға көмектеседі: [орталықты табу](/help/centres).

## Білген жөн

- 2024 жылғы заң бойынша **ұрып-соғу және денсаулыққа жеңіл зиян келтіру қайтадан қылмыс болып саналады**.
- Зорлық балаға қатысты болса немесе бұрынғы құқық бұзушылықтан кейін бір жыл ішінде қайталанса,
  **татуласу істі тоқтатпайды**.
- Ол талаптарды бұзса, дереу полицияға хабарлаңыз: **102**.
$md$),

('family-support-centres', 'en', 30, 'What family support centres do', $md$
Family support centres work in every region of Kazakhstan. You can come to one yourself, call, or be sent there
by the police, a school or a doctor. You decide what help you want.

## What they offer

- **A psychologist** to talk to, for you and for your children;
- **a lawyer** who explains your rights and helps with statements to the police and the court;
- **a social worker** who helps with documents, benefits, work and school;
- help to settle a **family conflict** safely, when that is what you want;
- a **help plan** made with you, step by step, and someone who stays with you along the way;
- in some centres, **a place to stay** for a while, for you and your children.

## Finding one

Use the [centre finder](/help/centres): choose your region or city and what you need — shelter places, legal aid,
a psychologist, or help for children. Each centre's page shows its address, opening hours and phone number.

If it is night or you cannot get to a centre, call **111** (around the clock, free) or **150**.
$md$),
('family-support-centres', 'ru', 30, 'Чем помогают центры поддержки семьи', $md$
Центры поддержки семьи работают во всех регионах Казахстана. В центр можно прийти самой, позвонить или прийти
по направлению полиции, школы или врача. Какая помощь вам нужна — решаете вы.

## Что там предлагают

- **психолога**, с которым можно поговорить, — для вас и для ваших детей;
- **юриста**, который объяснит ваши права и поможет с заявлениями в полицию и суд;
- **социального работника**, который поможет с документами, пособиями, работой и школой;
- помощь в безопасном разрешении **семейного конфликта**, если вы этого хотите;
- **план помощи**, составленный вместе с вами шаг за шагом, и специалиста, который будет рядом;
- в некоторых центрах — **временное жильё** для вас и ваших детей.

## Как найти центр

Воспользуйтесь [поиском центров](/help/centres): выберите регион или город и то, что вам нужно, — места для
проживания, юридическую помощь, психолога или помощь детям. На странице каждого центра есть адрес, часы работы
и телефон.

Если сейчас ночь или вы не можете добраться до центра, звоните **111** (круглосуточно, бесплатно) или **150**.
$md$),
('family-support-centres', 'kk', 30, 'Отбасын қолдау орталықтары қалай көмектеседі', $md$
Отбасын қолдау орталықтары Қазақстанның барлық өңірінде жұмыс істейді. Орталыққа өзіңіз келуіңізге, қоңырау
шалуыңызға немесе полицияның, мектептің не дәрігердің жолдамасымен келуіңізге болады. Қандай көмек керек екенін
өзіңіз шешесіз.

## Онда не ұсынады

- сізбен және балаларыңызбен сөйлесетін **психолог**;
- құқықтарыңызды түсіндіріп, полиция мен сотқа арыз жазуға көмектесетін **заңгер**;
- құжаттар, жәрдемақы, жұмыс және мектеп мәселелеріне көмектесетін **әлеуметтік қызметкер**;
- өзіңіз қаласаңыз, **отбасылық жанжалды** қауіпсіз шешуге көмек;
- сізбен бірге қадам-қадаммен құрылатын **көмек жоспары** және қасыңызда болатын маман;
- кейбір орталықтарда — сізге және балаларыңызға **уақытша баспана**.

## Орталықты қалай табуға болады

[Орталықтарды іздеу](/help/centres) бетін пайдаланыңыз: өңірді немесе қаланы және өзіңізге керегін таңдаңыз —
баспана орны, заң көмегі, психолог немесе балаларға көмек. Әр орталықтың бетінде мекенжайы, жұмыс уақыты және
телефоны бар.

Түн болса немесе орталыққа жете алмасаңыз, **111** (тәулік бойы, тегін) немесе **150** нөміріне қоңырау шалыңыз.
$md$),

('safety-plan', 'en', 40, 'Making a safety plan', $md$
A safety plan is what you decide **in advance**, so that you know what to do when things get dangerous. Only you
know your situation best; take what fits and leave the rest.

## At home

- Notice the signs that violence is coming, and the places in the home with a way out. Keep away from the kitchen
  and from rooms with weapons or without a door outside.
- Agree on a **code word** with someone you trust — a neighbour, a friend, a relative — that means
  "call the police".
- Teach your children how to call **102** or **112** and where to go.

## A bag ready to go

Keep it with someone you trust, or where it will not be found:

- your ID card and your children's birth certificates (or copies of them);
- money, a bank card, keys;
- medicines, a phone charger, a few clothes;
- important numbers written on paper: **102**, **111**, **150**, **112**, and people you trust.

## When you leave

- Go to a place where you are safe: relatives, friends, or a **family support centre** with shelter places
  ([find one](/help/centres)).
- After leaving, change your routes and routines, and tell school or work who may pick up your children.

A psychologist or social worker at a family support centre can make this plan with you, and **111** can advise by
phone at any hour.
$md$),
('safety-plan', 'ru', 40, 'Как составить план безопасности', $md$
План безопасности — это то, что вы решаете **заранее**, чтобы знать, что делать, когда станет опасно. Свою
ситуацию лучше всех знаете вы: возьмите то, что подходит, остальное оставьте.

## Дома

- Замечайте признаки того, что назревает насилие, и места в доме, откуда можно выйти. Держитесь подальше от кухни
  и от комнат, где есть оружие или нет выхода.
- Договоритесь с человеком, которому доверяете, — соседкой, подругой, родственником — о **кодовом слове**,
  которое означает «вызови полицию».
- Научите детей звонить **102** или **112** и расскажите, куда им идти.

## Собранная сумка

Оставьте её у человека, которому доверяете, или там, где её не найдут:

- удостоверение личности и свидетельства о рождении детей (или их копии);
- деньги, банковская карта, ключи;
- лекарства, зарядка для телефона, немного одежды;
- важные номера, записанные на бумаге: **102**, **111**, **150**, **112** и телефоны близких.

## Когда вы уходите

- Идите туда, где вы в безопасности: к родным, к друзьям или в **центр поддержки семьи**, где есть места для
  проживания ([найти центр](/help/centres)).
- После ухода меняйте маршруты и привычный распорядок, предупредите школу или работу, кто может забирать детей.

Психолог или социальный работник центра поддержки семьи составит этот план вместе с вами, а по номеру **111**
можно получить совет в любое время суток.
$md$),
('safety-plan', 'kk', 40, 'Қауіпсіздік жоспарын қалай құру керек', $md$
Қауіпсіздік жоспары — қауіп төнгенде не істеу керегін білу үшін **алдын ала** қабылдаған шешімдеріңіз. Өз
жағдайыңызды бәрінен жақсы өзіңіз білесіз: өзіңізге сәйкесін алыңыз, қалғанын қалдырыңыз.

## Үйде

- Зорлық-зомбылықтың жақындап келе жатқанын білдіретін белгілерді және үйдегі шығуға болатын жерлерді байқаңыз.
  Ас үйден және қару бар немесе шығатын есігі жоқ бөлмелерден аулақ болыңыз.
- Сенетін адаммен — көршіңізбен, құрбыңызбен, туысыңызбен — «полиция шақыр» дегенді білдіретін **құпия сөз**
  туралы келісіп алыңыз.
- Балаларыңызды **102** немесе **112** нөміріне қоңырау шалуға үйретіп, қайда бару керегін айтыңыз.

## Дайын сөмке

Оны сенетін адамға қалдырыңыз немесе табылмайтын жерде сақтаңыз:

- жеке куәлігіңіз және балалардың туу туралы куәліктері (немесе олардың көшірмелері);
- ақша, банк картасы, кілттер;
- дәрі-дәрмек, телефон зарядтағышы, аздаған киім;
- қағазға жазылған маңызды нөмірлер: **102**, **111**, **150**, **112** және жақындарыңыздың телефондары.

## Кетер кезде

- Қауіпсіз жерге барыңыз: туыстарыңызға, достарыңызға немесе баспана орны бар **отбасын қолдау орталығына**
  ([орталықты табу](/help/centres)).
- Кеткеннен кейін жүретін жолдарыңыз бен күн тәртібіңізді өзгертіңіз, балаларды кім алып кете алатынын мектепке
  немесе жұмысқа ескертіңіз.

Отбасын қолдау орталығының психологы немесе әлеуметтік қызметкері бұл жоспарды сізбен бірге құрады, ал **111**
нөмірі бойынша тәуліктің кез келген уақытында кеңес алуға болады.
$md$),

('helping-a-friend', 'en', 50, 'How to help a friend', $md$
If someone you know is being hurt at home, your support can matter more than you think.

## What helps

- **Listen** without interrupting, and **believe** her. Say: "It is not your fault. You do not deserve this."
- Ask what **she** wants. Respect her decisions, even if you would choose differently: leaving is hard and can be
  the most dangerous time.
- Offer practical help: a place to keep a bag or documents, a phone, a ride, looking after the children.
- Share the numbers: **111** (around the clock, free), **150**, and the nearest
  [family support centre](/help/centres).
- Stay in touch. Agree on a safe way to reach her and a code word for "call the police".

## What to avoid

- Do not blame her, and do not push her to leave or to stay.
- Do not confront the person who hurts her: it can make things worse for her.
- Do not post about it or tell others without her agreement.

## If she is in danger now

Call **102**. You can call even if she cannot.
$md$),
('helping-a-friend', 'ru', 50, 'Как помочь подруге или близкому человеку', $md$
Если кто-то из ваших знакомых страдает от насилия дома, ваша поддержка может значить больше, чем кажется.

## Что помогает

- **Выслушайте**, не перебивая, и **поверьте** ей. Скажите: «Ты не виновата. Ты этого не заслуживаешь».
- Спросите, чего хочет **она**. Уважайте её решения, даже если вы поступили бы иначе: уйти трудно, и именно это
  время может быть самым опасным.
- Предложите практическую помощь: место, где оставить сумку или документы, телефон, помочь доехать, посидеть
  с детьми.
- Поделитесь номерами: **111** (круглосуточно, бесплатно), **150** и ближайший
  [центр поддержки семьи](/help/centres).
- Оставайтесь на связи. Договоритесь о безопасном способе связи и о кодовом слове «вызови полицию».

## Чего не делать

- Не вините её и не давите: ни чтобы ушла, ни чтобы осталась.
- Не выясняйте отношения с тем, кто причиняет ей вред: ей может стать только хуже.
- Не пишите об этом в соцсетях и не рассказывайте другим без её согласия.

## Если ей угрожает опасность прямо сейчас

Звоните **102**. Позвонить можете вы, даже если она не может.
$md$),
('helping-a-friend', 'kk', 50, 'Құрбыңызға немесе жақын адамға қалай көмектесуге болады', $md$
Таныстарыңыздың бірі үйде зорлық-зомбылық көріп жүрсе, сіздің қолдауыңыз ойлағаныңыздан да маңызды болуы мүмкін.

## Не көмектеседі

- Сөзін бөлмей **тыңдаңыз** және оған **сеніңіз**. «Сен кінәлі емессің. Сен мұндайға лайық емессің» деңіз.
- **Оның** не қалайтынын сұраңыз. Өзіңіз басқаша істесеңіз де, оның шешімін құрметтеңіз: кету оңай емес және дәл
  осы кез ең қауіпті болуы мүмкін.
- Нақты көмек ұсыныңыз: сөмкесін не құжаттарын сақтайтын орын, телефон, жеткізіп салу, балаларына қарап тұру.
- Нөмірлерді беріңіз: **111** (тәулік бойы, тегін), **150** және ең жақын
  [отбасын қолдау орталығы](/help/centres).
- Байланыста болыңыз. Қауіпсіз байланыс тәсілі мен «полиция шақыр» дегенді білдіретін құпия сөз туралы келісіңіз.

## Не істемеу керек

- Оны кінәламаңыз және қысым жасамаңыз: кетсін деп те, қалсын деп те.
- Оған зиян келтіріп жүрген адаммен ұрыспаңыз: бұл оның жағдайын ушықтыруы мүмкін.
- Оның келісімінсіз әлеуметтік желіде жазбаңыз және басқаларға айтпаңыз.

## Егер оған дәл қазір қауіп төнсе

**102** нөміріне қоңырау шалыңыз. Ол шала алмаса да, сіз шала аласыз.
$md$),

('browsing-safely', 'en', 60, 'Browsing safely', $md$
If someone checks your phone or computer, they may see which sites you visited.

## The quick exit

Every page here has a **Quick exit** button. It opens a weather site at once and replaces this page in the
browser's back history. You can also press the **Shift** key three times.

## What the quick exit cannot do

Browser history **cannot be fully erased** by a website. Your browser may still keep the address of this site in
its history, in the suggestions when typing an address, and in saved pages. Calls to **102**, **111** or **150**
appear in your phone's call list.

## Safer ways

- Open a **private window** (called *Incognito* in Chrome, *Private* in Safari and Firefox): it keeps no history
  after you close it.
- Or delete this site from your browser history afterwards, and calls from your call list if that is safe.
- If you can, use a phone or computer the other person cannot check: a friend's, at work, or in a library.

This site sets no cookies except the one that remembers your language, and it loads nothing from other sites.
$md$),
('browsing-safely', 'ru', 60, 'Как пользоваться сайтом безопасно', $md$
Если кто-то проверяет ваш телефон или компьютер, он может увидеть, какие сайты вы открывали.

## Быстрый выход

На каждой странице здесь есть кнопка **«Быстрый выход»**. Она сразу открывает сайт погоды и заменяет эту
страницу в истории браузера. Можно также трижды нажать клавишу **Shift**.

## Чего быстрый выход сделать не может

Сайт **не может полностью стереть** историю браузера. Браузер может сохранить адрес этого сайта в истории,
в подсказках при вводе адреса и в сохранённых страницах. Звонки на **102**, **111** или **150** видны в списке
вызовов телефона.

## Как безопаснее

- Откройте **окно в режиме инкогнито** (в Chrome — «Инкогнито», в Safari и Firefox — «Приватное окно»): после
  закрытия оно не сохраняет историю.
- Или потом удалите этот сайт из истории браузера, а звонки — из списка вызовов, если это безопасно.
- Если можете, пользуйтесь телефоном или компьютером, который другой человек не проверяет: подруги, на работе,
  в библиотеке.

Этот сайт не сохраняет файлы cookie, кроме одного — с выбранным языком, и ничего не загружает с других сайтов.
$md$),
('browsing-safely', 'kk', 60, 'Сайтты қауіпсіз пайдалану', $md$
Біреу телефоныңызды немесе компьютеріңізді тексеретін болса, сіз қандай сайттар ашқаныңызды көруі мүмкін.

## Жылдам шығу

Мұндағы әр бетте **«Жылдам шығу»** батырмасы бар. Ол бірден ауа райы сайтын ашып, бұл бетті браузер
тарихында ауыстырады. Сондай-ақ **Shift** пернесін үш рет басуға болады.

## Жылдам шығу не істей алмайды

Сайт браузер тарихын **толығымен өшіре алмайды**. Браузер бұл сайттың мекенжайын тарихта, мекенжай
теру кезіндегі ұсыныстарда және сақталған беттерде қалдыруы мүмкін. **102**, **111** немесе **150** нөмірлеріне
қоңыраулар телефонның қоңыраулар тізімінде көрінеді.

## Қауіпсіздеу тәсілдер

- **Құпия терезе** ашыңыз (Chrome-да — «Инкогнито», Safari мен Firefox-та — «Жеке терезе»): ол жабылғаннан кейін
  тарих сақтамайды.
- Немесе кейін бұл сайтты браузер тарихынан, ал қоңырауларды — қауіпсіз болса — қоңыраулар тізімінен өшіріңіз.
- Мүмкін болса, басқа адам тексермейтін телефонды немесе компьютерді пайдаланыңыз: құрбыңыздікін, жұмыстағыны,
  кітапханадағыны.

Бұл сайт таңдалған тілді есте сақтайтын бір cookie файлынан басқа ешнәрсе сақтамайды және басқа сайттардан
ештеңе жүктемейді.
$md$);
