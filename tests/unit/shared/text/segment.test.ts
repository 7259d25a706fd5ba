import { describe, it, expect } from 'vitest';
import { segmentDocument, splitSentences } from '../../../../shared/text/segment.js';

interface Case {
  input: string;
  expected: string[];
}

// Each input is one paragraph; `expected` lists its sentences exactly.
const NEWS: Case[] = [
  {
    input: 'Președintele a sosit la Chișinău. Vizita durează două zile.',
    expected: ['Președintele a sosit la Chișinău.', 'Vizita durează două zile.'],
  },
  {
    input: '„Nu vom accepta niciodată așa ceva (cu americanii, n.r.)”, a mai spus Lukașenko.',
    expected: ['„Nu vom accepta niciodată așa ceva (cu americanii, n.r.)”, a mai spus Lukașenko.'],
  },
  {
    input:
      '„Nu vom accepta așa ceva (cu americanii, n.r.)”, a mai spus Lukașenko. Declarația a fost preluată de agenții.',
    expected: [
      '„Nu vom accepta așa ceva (cu americanii, n.r.)”, a mai spus Lukașenko.',
      'Declarația a fost preluată de agenții.',
    ],
  },
  {
    input: 'Întâlnirea a avut loc pe 10 octombrie 2025. FOTO: Ion Popescu / Agerpres',
    expected: ['Întâlnirea a avut loc pe 10 octombrie 2025.', 'FOTO: Ion Popescu / Agerpres'],
  },
  {
    input: '„Oamenii vor să li se spună adevărul. Le plac lucrurile clare, nu promisiunile”, a declarat premierul.',
    expected: [
      '„Oamenii vor să li se spună adevărul.',
      'Le plac lucrurile clare, nu promisiunile”, a declarat premierul.',
    ],
  },
  {
    input: 'Ministrul a spus: „Vom semna acordul mâine.” Opoziția a criticat decizia.',
    expected: ['Ministrul a spus: „Vom semna acordul mâine.”', 'Opoziția a criticat decizia.'],
  },
  {
    input: '„Vin mâine!” a strigat el din mașină.',
    expected: ['„Vin mâine!” a strigat el din mașină.'],
  },
  {
    input: '„Cine a dat ordinul?” a întrebat un jurnalist. Nimeni nu a răspuns.',
    expected: ['„Cine a dat ordinul?” a întrebat un jurnalist.', 'Nimeni nu a răspuns.'],
  },
  {
    input: 'Dl. Popescu a demisionat ieri. Postul său va fi ocupat de dna. Ionescu.',
    expected: ['Dl. Popescu a demisionat ieri.', 'Postul său va fi ocupat de dna. Ionescu.'],
  },
  {
    input: 'Gen. Valeri Gerasimov a inspectat trupele. Vizita nu fusese anunțată.',
    expected: ['Gen. Valeri Gerasimov a inspectat trupele.', 'Vizita nu fusese anunțată.'],
  },
  {
    input: 'Evenimentul a avut loc. Apoi participanții au plecat acasă.',
    expected: ['Evenimentul a avut loc.', 'Apoi participanții au plecat acasă.'],
  },
  {
    input: 'Nu am mai văzut ceva de acest gen. Situația este fără precedent.',
    expected: ['Nu am mai văzut ceva de acest gen.', 'Situația este fără precedent.'],
  },
  {
    input: 'Rata inflației a scăzut la 2,5% în septembrie. Banca Națională a menținut dobânda la 6,5%.',
    expected: ['Rata inflației a scăzut la 2,5% în septembrie.', 'Banca Națională a menținut dobânda la 6,5%.'],
  },
  {
    input: 'Bugetul pentru 2026 este de 1.234,56 mil. lei. Suma include și fonduri europene.',
    expected: ['Bugetul pentru 2026 este de 1.234,56 mil. lei.', 'Suma include și fonduri europene.'],
  },
  {
    input: 'Ședința începe la ora 10.30 și se încheie la 12:45. Presa nu are acces.',
    expected: ['Ședința începe la ora 10.30 și se încheie la 12:45.', 'Presa nu are acces.'],
  },
  {
    input: 'Decizia din 10.10.2025 a fost contestată. Instanța va judeca luni.',
    expected: ['Decizia din 10.10.2025 a fost contestată.', 'Instanța va judeca luni.'],
  },
  {
    input: 'Lukasenko a vorbit marti la Minsk. El a cerut sprijin Moscovei.',
    expected: ['Lukasenko a vorbit marti la Minsk.', 'El a cerut sprijin Moscovei.'],
  },
  {
    input: 'Lukaşenko a declarat că ţara sa nu va ceda. Ministerul de Externe a confirmat.',
    expected: ['Lukaşenko a declarat că ţara sa nu va ceda.', 'Ministerul de Externe a confirmat.'],
  },
  {
    input: 'Au fost eliberați 52 de prizonieri politici în 2024. 18 dintre ei au părăsit țara.',
    expected: ['Au fost eliberați 52 de prizonieri politici în 2024.', '18 dintre ei au părăsit țara.'],
  },
  {
    input: 'Vizita în S.U.A. a fost amânată.',
    expected: ['Vizita în S.U.A. a fost amânată.'],
  },
  {
    input: 'Delegația a plecat în S.U.A. Președintele o va primi joi.',
    expected: ['Delegația a plecat în S.U.A.', 'Președintele o va primi joi.'],
  },
  {
    input: 'Declarația a fost publicată pe https://www.exemplu.ro/stiri. Textul integral este disponibil online.',
    expected: [
      'Declarația a fost publicată pe https://www.exemplu.ro/stiri.',
      'Textul integral este disponibil online.',
    ],
  },
  {
    input: 'Detalii la adresa presa@exemplu.ro. Acreditările se fac până vineri.',
    expected: ['Detalii la adresa presa@exemplu.ro.', 'Acreditările se fac până vineri.'],
  },
  {
    input: 'Au participat reprezentanți din Germania, Franța, Italia etc. Reuniunea a durat trei ore.',
    expected: ['Au participat reprezentanți din Germania, Franța, Italia etc.', 'Reuniunea a durat trei ore.'],
  },
  {
    input: 'Au participat miniștri, ambasadori etc. din 12 state.',
    expected: ['Au participat miniștri, ambasadori etc. din 12 state.'],
  },
  {
    input: 'Au fost discutate teme precum energia, securitatea ș.a. Concluziile vor fi publicate.',
    expected: ['Au fost discutate teme precum energia, securitatea ș.a.', 'Concluziile vor fi publicate.'],
  },
  {
    input: 'Am așteptat... Nimeni nu a venit.',
    expected: ['Am așteptat...', 'Nimeni nu a venit.'],
  },
  {
    input: 'Am așteptat... și nimeni nu a venit.',
    expected: ['Am așteptat... și nimeni nu a venit.'],
  },
  {
    input: 'Totul s-a schimbat… Acum nimeni nu mai vorbește despre asta.',
    expected: ['Totul s-a schimbat…', 'Acum nimeni nu mai vorbește despre asta.'],
  },
  {
    input: 'Ce urmează? Guvernul nu a spus încă.',
    expected: ['Ce urmează?', 'Guvernul nu a spus încă.'],
  },
  {
    input: 'Ce urmează? a întrebat reporterul.',
    expected: ['Ce urmează? a întrebat reporterul.'],
  },
  {
    input: 'Purtătorul de cuvânt al M.Ap.N. a confirmat informația.',
    expected: ['Purtătorul de cuvânt al M.Ap.N. a confirmat informația.'],
  },
  {
    input: 'Uniunea Europeană și NATO-ul au reacționat imediat. Kremlinul a respins acuzațiile.',
    expected: ['Uniunea Europeană și NATO-ul au reacționat imediat.', 'Kremlinul a respins acuzațiile.'],
  },
  {
    input: 'Relațiile US–Belarus s-au răcit. Washingtonul a impus noi sancțiuni.',
    expected: ['Relațiile US–Belarus s-au răcit.', 'Washingtonul a impus noi sancțiuni.'],
  },
  {
    input: 'Premierul a vorbit cu dl. Ionescu și cu dna Popa. Ambii au promis sprijin.',
    expected: ['Premierul a vorbit cu dl. Ionescu și cu dna Popa.', 'Ambii au promis sprijin.'],
  },
  {
    input: '– Veniți mâine? – Da, venim la ora 9. – Perfect.',
    expected: ['– Veniți mâine?', '– Da, venim la ora 9.', '– Perfect.'],
  },
  {
    input: 'Sursa: Reuters. Traducerea și adaptarea: Ana Marin.',
    expected: ['Sursa: Reuters.', 'Traducerea și adaptarea: Ana Marin.'],
  },
  {
    input: 'Reporterul G4Media.ro a cerut un punct de vedere. Ministerul nu a răspuns.',
    expected: ['Reporterul G4Media.ro a cerut un punct de vedere.', 'Ministerul nu a răspuns.'],
  },
  {
    input: 'Sâmbătă, 11 oct. 2025, au loc alegeri locale. Secțiile se deschid la ora 7.',
    expected: ['Sâmbătă, 11 oct. 2025, au loc alegeri locale.', 'Secțiile se deschid la ora 7.'],
  },
  {
    input: 'Scrutinul a avut loc pe 5 oct. Rezultatele au fost anunțate a doua zi.',
    expected: ['Scrutinul a avut loc pe 5 oct.', 'Rezultatele au fost anunțate a doua zi.'],
  },
  {
    input: 'Pe 5 oct. Guvernul a anunțat noile măsuri.',
    expected: ['Pe 5 oct. Guvernul a anunțat noile măsuri.'],
  },
  {
    input: 'Guvernul a anunțat noile măsuri pe 5 oct. În aceeași zi, opoziția a depus o moțiune.',
    expected: ['Guvernul a anunțat noile măsuri pe 5 oct.', 'În aceeași zi, opoziția a depus o moțiune.'],
  },
  {
    input: '„Am fost acolo. Am văzut totul. Nu voi uita niciodată”, a spus martorul.',
    expected: ['„Am fost acolo.', 'Am văzut totul.', 'Nu voi uita niciodată”, a spus martorul.'],
  },
  {
    input: '„Plecăm mâine.” „Unde?” „La mare.”',
    expected: ['„Plecăm mâine.”', '„Unde?”', '„La mare.”'],
  },
  {
    input: 'Citatul complet este: „Democrația (…) nu se negociază”. Așa și-a încheiat discursul.',
    expected: ['Citatul complet este: „Democrația (…) nu se negociază”.', 'Așa și-a încheiat discursul.'],
  },
  {
    input: 'El a spus [...] că nu pleacă.',
    expected: ['El a spus [...] că nu pleacă.'],
  },
  {
    input: 'Luni, 13 oct., Consiliul se reunește la Bruxelles.',
    expected: ['Luni, 13 oct., Consiliul se reunește la Bruxelles.'],
  },
  {
    input: 'Consiliul s-a reunit luni (13 oct.). A doua zi, miniștrii au plecat.',
    expected: ['Consiliul s-a reunit luni (13 oct.).', 'A doua zi, miniștrii au plecat.'],
  },
  {
    input: '„Situația este gravă”, a avertizat ministrul. „Trebuie să acționăm acum.”',
    expected: ['„Situația este gravă”, a avertizat ministrul.', '„Trebuie să acționăm acum.”'],
  },
  {
    input: 'Cum a spus și dl. Ionescu, „nimic nu e sigur”.',
    expected: ['Cum a spus și dl. Ionescu, „nimic nu e sigur”.'],
  },
  {
    input: 'Trenul pleacă la 10.30. Biletele costă 45,50 lei.',
    expected: ['Trenul pleacă la 10.30.', 'Biletele costă 45,50 lei.'],
  },
  {
    input: 'Temperatura a atins 38,5 °C. Autoritățile au emis cod roșu.',
    expected: ['Temperatura a atins 38,5 °C.', 'Autoritățile au emis cod roșu.'],
  },
  {
    input: 'Scorul a fost 2-1. Meciul s-a jucat la Cluj.',
    expected: ['Scorul a fost 2-1.', 'Meciul s-a jucat la Cluj.'],
  },
  {
    input: 'Dl. Popescu a plecat in S.U.A. Acolo va sta doua saptamani.',
    expected: ['Dl. Popescu a plecat in S.U.A.', 'Acolo va sta doua saptamani.'],
  },
  {
    input: 'Au venit elevi, profesori, părinţi ş.a.m.d. Sala a fost plină.',
    expected: ['Au venit elevi, profesori, părinţi ş.a.m.d.', 'Sala a fost plină.'],
  },
];

const LEGAL: Case[] = [
  {
    input: 'Potrivit art. 5 alin. (2) lit. b) din Legea nr. 123/2020, termenul este de 30 de zile.',
    expected: ['Potrivit art. 5 alin. (2) lit. b) din Legea nr. 123/2020, termenul este de 30 de zile.'],
  },
  {
    input:
      'Legea a fost publicată în „Monitorul Oficial al României”, Partea I, nr. 345 din 12 mai 2020. Ea intră în vigoare în 3 zile.',
    expected: [
      'Legea a fost publicată în „Monitorul Oficial al României”, Partea I, nr. 345 din 12 mai 2020.',
      'Ea intră în vigoare în 3 zile.',
    ],
  },
  {
    input: 'Art. 1. – Prezenta lege reglementează regimul juridic al contractelor.',
    expected: ['Art. 1. – Prezenta lege reglementează regimul juridic al contractelor.'],
  },
  {
    input: 'Art. 5. – (1) Cererea se depune în scris. (2) Termenul de soluționare este de 30 de zile.',
    expected: ['Art. 5. – (1) Cererea se depune în scris.', '(2) Termenul de soluționare este de 30 de zile.'],
  },
  {
    input: 'Dispozițiile alin. (1) se aplică în mod corespunzător. Nerespectarea lor constituie contravenție.',
    expected: ['Dispozițiile alin. (1) se aplică în mod corespunzător.', 'Nerespectarea lor constituie contravenție.'],
  },
  {
    input:
      'Contravenția se sancționează cu amendă de la 1.000 lei la 5.000 lei. Constatarea se face de agenții constatatori.',
    expected: [
      'Contravenția se sancționează cu amendă de la 1.000 lei la 5.000 lei.',
      'Constatarea se face de agenții constatatori.',
    ],
  },
  {
    input: 'Hotărârea a fost pronunțată de Î.C.C.J. în ședința publică din 3.03.2021.',
    expected: ['Hotărârea a fost pronunțată de Î.C.C.J. în ședința publică din 3.03.2021.'],
  },
  {
    input: 'Hotărârea a fost atacată la Î.C.C.J. Recursul a fost respins.',
    expected: ['Hotărârea a fost atacată la Î.C.C.J.', 'Recursul a fost respins.'],
  },
  {
    input: 'În temeiul art. 108 din Constituția României, republicată, Guvernul României adoptă prezenta hotărâre.',
    expected: [
      'În temeiul art. 108 din Constituția României, republicată, Guvernul României adoptă prezenta hotărâre.',
    ],
  },
  {
    input: 'Ordonanța a fost aprobată prin Legea nr. 45/2021, publicată în M. Of. nr. 234 din 8 martie 2021.',
    expected: ['Ordonanța a fost aprobată prin Legea nr. 45/2021, publicată în M. Of. nr. 234 din 8 martie 2021.'],
  },
  {
    input: 'Contractul se încheie în formă scrisă, sub sancțiunea nulității absolute. Părțile pot conveni altfel.',
    expected: [
      'Contractul se încheie în formă scrisă, sub sancțiunea nulității absolute.',
      'Părțile pot conveni altfel.',
    ],
  },
  {
    input: 'Reclamanta S.C. Alfa S.R.L., a chemat în judecată pe pârâta Beta S.A. Instanța a admis cererea.',
    expected: ['Reclamanta S.C. Alfa S.R.L., a chemat în judecată pe pârâta Beta S.A.', 'Instanța a admis cererea.'],
  },
  {
    input: 'Prin Decizia nr. 12 din 2019, Curtea a constatat că dispozițiile art. 3 pct. 4 sunt neconstituționale.',
    expected: [
      'Prin Decizia nr. 12 din 2019, Curtea a constatat că dispozițiile art. 3 pct. 4 sunt neconstituționale.',
    ],
  },
  {
    input: 'Anexa nr. 2 face parte integrantă din prezenta hotărâre. Ea se publică împreună cu aceasta.',
    expected: ['Anexa nr. 2 face parte integrantă din prezenta hotărâre.', 'Ea se publică împreună cu aceasta.'],
  },
  {
    input: 'Cap. II. Dispoziții generale',
    expected: ['Cap. II. Dispoziții generale'],
  },
  {
    input: 'Secțiunea 1. Obiectul reglementării',
    expected: ['Secțiunea 1. Obiectul reglementării'],
  },
  {
    input:
      'Instanța a reținut că pârâtul nu a respectat obligațiile prevăzute la art. 1.350 C. civ. Pentru aceste motive, acțiunea a fost admisă.',
    expected: [
      'Instanța a reținut că pârâtul nu a respectat obligațiile prevăzute la art. 1.350 C. civ.',
      'Pentru aceste motive, acțiunea a fost admisă.',
    ],
  },
  {
    input: 'Potrivit art. 1.350 C. civ., orice persoană trebuie să își execute obligațiile.',
    expected: ['Potrivit art. 1.350 C. civ., orice persoană trebuie să își execute obligațiile.'],
  },
  {
    input:
      'Termenul de recurs este de 15 zile de la comunicare, conform pct. 3 din anexă. Recursul se depune la instanța a cărei hotărâre se atacă.',
    expected: [
      'Termenul de recurs este de 15 zile de la comunicare, conform pct. 3 din anexă.',
      'Recursul se depune la instanța a cărei hotărâre se atacă.',
    ],
  },
  {
    input:
      'Sentința civilă nr. 1234/2023 a Tribunalului București a rămas definitivă. Executarea a început în ian. 2024.',
    expected: [
      'Sentința civilă nr. 1234/2023 a Tribunalului București a rămas definitivă.',
      'Executarea a început în ian. 2024.',
    ],
  },
  {
    input:
      'Prezenta ordonanță de urgență intră în vigoare la data publicării în Monitorul Oficial al României, Partea I.',
    expected: [
      'Prezenta ordonanță de urgență intră în vigoare la data publicării în Monitorul Oficial al României, Partea I.',
    ],
  },
  {
    input: 'Legea se aplică începând cu 1 ian. 2026. Până atunci rămân în vigoare normele actuale.',
    expected: ['Legea se aplică începând cu 1 ian. 2026.', 'Până atunci rămân în vigoare normele actuale.'],
  },
  {
    input: 'Cererea a fost înregistrată sub nr. 5678 din 12.05.2025. Dosarul a fost repartizat aleatoriu.',
    expected: ['Cererea a fost înregistrată sub nr. 5678 din 12.05.2025.', 'Dosarul a fost repartizat aleatoriu.'],
  },
  {
    input:
      'Părțile au convenit ca litigiile să fie soluționate de instanțele din mun. București, sect. 3. Clauza este valabilă.',
    expected: [
      'Părțile au convenit ca litigiile să fie soluționate de instanțele din mun. București, sect. 3.',
      'Clauza este valabilă.',
    ],
  },
  {
    input: 'Sediul societății este în str. Lipscani nr. 10, bl. A, sc. 2, ap. 15, jud. Ilfov.',
    expected: ['Sediul societății este în str. Lipscani nr. 10, bl. A, sc. 2, ap. 15, jud. Ilfov.'],
  },
  {
    input: 'Obligația revine dlui. Ionescu, în calitate de administrator.',
    expected: ['Obligația revine dlui. Ionescu, în calitate de administrator.'],
  },
  {
    input: 'Contestația se depune la sediul din Şos. Kiseleff nr. 5. Termenul este de 10 zile.',
    expected: ['Contestația se depune la sediul din Şos. Kiseleff nr. 5.', 'Termenul este de 10 zile.'],
  },
];

const ACADEMIC: Case[] = [
  {
    input: 'Prof. univ. dr. Ion Popescu coordonează proiectul. Echipa are cinci membri.',
    expected: ['Prof. univ. dr. Ion Popescu coordonează proiectul.', 'Echipa are cinci membri.'],
  },
  {
    input: 'Conf. univ. dr. Maria Ionescu și lect. univ. drd. Andrei Pop au semnat articolul.',
    expected: ['Conf. univ. dr. Maria Ionescu și lect. univ. drd. Andrei Pop au semnat articolul.'],
  },
  {
    input: 'Opera lui I.L. Caragiale a fost reeditată în 2012. Ediția cuprinde trei volume.',
    expected: ['Opera lui I.L. Caragiale a fost reeditată în 2012.', 'Ediția cuprinde trei volume.'],
  },
  {
    input: 'Vezi Gh. Ivănescu, Istoria limbii române, vol. II, p. 45. Autorul discută originea termenului.',
    expected: ['Vezi Gh. Ivănescu, Istoria limbii române, vol. II, p. 45.', 'Autorul discută originea termenului.'],
  },
  {
    input: 'Cf. Popescu et al. (2019), fenomenul este mai vechi.',
    expected: ['Cf. Popescu et al. (2019), fenomenul este mai vechi.'],
  },
  {
    input: 'Rezultatele confirmă ipoteza lui Popescu et al. Studiile ulterioare au extins analiza.',
    expected: ['Rezultatele confirmă ipoteza lui Popescu et al.', 'Studiile ulterioare au extins analiza.'],
  },
  {
    input: 'Termenul apare deja în sec. XVI, în documente de cancelarie.',
    expected: ['Termenul apare deja în sec. XVI, în documente de cancelarie.'],
  },
  {
    input: 'Textul datează din sec. al XVII-lea. Manuscrisul se păstrează la Iași.',
    expected: ['Textul datează din sec. al XVII-lea.', 'Manuscrisul se păstrează la Iași.'],
  },
  {
    input: 'Cetatea a fost ridicată în jurul anului 500 î.Hr. Cercetările arheologice continuă.',
    expected: ['Cetatea a fost ridicată în jurul anului 500 î.Hr.', 'Cercetările arheologice continuă.'],
  },
  {
    input: 'În 106 d.Hr. Dacia a devenit provincie romană.',
    expected: ['În 106 d.Hr. Dacia a devenit provincie romană.'],
  },
  {
    input: 'Războaiele s-au încheiat în 106 d.Hr. Dacia a devenit apoi provincie romană.',
    expected: ['Războaiele s-au încheiat în 106 d.Hr.', 'Dacia a devenit apoi provincie romană.'],
  },
  {
    input: 'Orașul a fost fondat în secolul al VII-lea î.Hr. În anul 480 î.Hr. a fost distrus de perși.',
    expected: ['Orașul a fost fondat în secolul al VII-lea î.Hr.', 'În anul 480 î.Hr. a fost distrus de perși.'],
  },
  {
    input: 'În 44 î.Hr. Cezar a fost asasinat la Roma.',
    expected: ['În 44 î.Hr. Cezar a fost asasinat la Roma.'],
  },
  {
    input: 'Se știe că în 44 î.Hr. Cezar a fost asasinat de un grup de senatori.',
    expected: ['Se știe că în 44 î.Hr. Cezar a fost asasinat de un grup de senatori.'],
  },
  {
    input: 'Cezar a fost asasinat în 44 î.Hr. Moartea lui a dus la un nou război civil.',
    expected: ['Cezar a fost asasinat în 44 î.Hr.', 'Moartea lui a dus la un nou război civil.'],
  },
  {
    input: 'Arheologii cred că în secolul al VII-lea î.Hr. Histria era deja un port important.',
    expected: ['Arheologii cred că în secolul al VII-lea î.Hr. Histria era deja un port important.'],
  },
  {
    input: 'Colonia a fost întemeiată, în jurul anului 657 î.Hr. Grecii veneau din Milet.',
    expected: ['Colonia a fost întemeiată, în jurul anului 657 î.Hr.', 'Grecii veneau din Milet.'],
  },
  {
    input: 'Pentru o discuție amplă, v. cap. 3, p. 112–130.',
    expected: ['Pentru o discuție amplă, v. cap. 3, p. 112–130.'],
  },
  {
    input: 'Lucrarea a apărut la Ed. Polirom, Iași, 2015. Ediția a doua este revăzută.',
    expected: ['Lucrarea a apărut la Ed. Polirom, Iași, 2015.', 'Ediția a doua este revăzută.'],
  },
  {
    input: 'Datele provin din Anuarul statistic (ed. a 3-a, 2020). Ele acoperă perioada 2010–2019.',
    expected: ['Datele provin din Anuarul statistic (ed. a 3-a, 2020).', 'Ele acoperă perioada 2010–2019.'],
  },
  {
    input: 'Ipoteza a fost formulată de acad. Emil Petrovici. Ulterior, ea a fost nuanțată.',
    expected: ['Ipoteza a fost formulată de acad. Emil Petrovici.', 'Ulterior, ea a fost nuanțată.'],
  },
  {
    input: 'Conform ipotezei (cf. infra, cap. 4), fenomenul este regional.',
    expected: ['Conform ipotezei (cf. infra, cap. 4), fenomenul este regional.'],
  },
  {
    input: 'Corpusul cuprinde texte din sec. XVI–XVIII etc. Analiza se limitează însă la primele două secole.',
    expected: ['Corpusul cuprinde texte din sec. XVI–XVIII etc.', 'Analiza se limitează însă la primele două secole.'],
  },
  {
    input: 'Vezi ibid., p. 23.',
    expected: ['Vezi ibid., p. 23.'],
  },
  {
    input: 'Informația este confirmată de alte surse (id., p. 12). Ea nu poate fi pusă la îndoială.',
    expected: ['Informația este confirmată de alte surse (id., p. 12).', 'Ea nu poate fi pusă la îndoială.'],
  },
  {
    input:
      'Teza a fost susținută în 2018, sub îndrumarea prof. dr. Ana Marin. Comisia i-a acordat calificativul maxim.',
    expected: [
      'Teza a fost susținută în 2018, sub îndrumarea prof. dr. Ana Marin.',
      'Comisia i-a acordat calificativul maxim.',
    ],
  },
  {
    input: 'Exemplele sunt numerotate (1), (2) ș.a.m.d. în funcție de ordinea apariției.',
    expected: ['Exemplele sunt numerotate (1), (2) ș.a.m.d. în funcție de ordinea apariției.'],
  },
  {
    input: 'Au fost analizate substantive, adjective, verbe ș.a.m.d. Fiecare categorie are un capitol separat.',
    expected: ['Au fost analizate substantive, adjective, verbe ș.a.m.d.', 'Fiecare categorie are un capitol separat.'],
  },
  {
    input: 'Studiul lui Al. Rosetti rămâne o lucrare de referință. Ea a fost tradusă în mai multe limbi.',
    expected: ['Studiul lui Al. Rosetti rămâne o lucrare de referință.', 'Ea a fost tradusă în mai multe limbi.'],
  },
  {
    input: 'Evenimentul are loc in sec. XXI, nu in sec. XX.',
    expected: ['Evenimentul are loc in sec. XXI, nu in sec. XX.'],
  },
];

const SHORT: Case[] = [
  { input: '1. Introducere', expected: ['1. Introducere'] },
  { input: 'II. Metodologia cercetării', expected: ['II. Metodologia cercetării'] },
  { input: 'Da. Sunt de acord.', expected: ['Da.', 'Sunt de acord.'] },
  { input: 'Text fără punct final', expected: ['Text fără punct final'] },
  {
    input: 'Întrebarea rămâne: ce urmează? Nimeni nu știe.',
    expected: ['Întrebarea rămâne: ce urmează?', 'Nimeni nu știe.'],
  },
  {
    input: 'Vremea: maxime de 25 de grade. Minime de 12 grade.',
    expected: ['Vremea: maxime de 25 de grade.', 'Minime de 12 grade.'],
  },
  { input: 'Ce spui?! Nu se poate.', expected: ['Ce spui?!', 'Nu se poate.'] },
  { input: 'A plecat.Apoi a revenit.', expected: ['A plecat.Apoi a revenit.'] },
];

const TABLES: [string, Case[]][] = [
  ['news', NEWS],
  ['legal', LEGAL],
  ['academic', ACADEMIC],
  ['short and structural', SHORT],
];

describe('splitSentences', () => {
  it('has at least 80 written cases', () => {
    expect(NEWS.length + LEGAL.length + ACADEMIC.length + SHORT.length).toBeGreaterThanOrEqual(80);
  });

  for (const [name, cases] of TABLES) {
    describe(name, () => {
      for (const c of cases) {
        it(c.input, () => {
          expect(splitSentences(c.input).map((s) => s.text)).toEqual(c.expected);
        });
      }
    });
  }

  it('gives trimmed spans with offsets into the paragraph', () => {
    const p = '   Spații la început.  Și la sfârșit.   ';
    expect(splitSentences(p)).toEqual([
      { text: 'Spații la început.', start: 3, end: 21 },
      { text: 'Și la sfârșit.', start: 23, end: 37 },
    ]);
  });

  it('gives no span for white space alone', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \t ')).toEqual([]);
  });
});

describe('segmentDocument: plain text', () => {
  it('treats each line as a paragraph and numbers paragraphs from 0, skipping blank lines', () => {
    const input = 'Titlu\nPrimul paragraf. Are două propoziții.\n\n\r\nAl doilea paragraf.\n';
    expect(segmentDocument(input)).toEqual([
      { paragraph: 0, text: 'Titlu', start: 0, end: 5 },
      { paragraph: 1, text: 'Primul paragraf.', start: 6, end: 22 },
      { paragraph: 1, text: 'Are două propoziții.', start: 23, end: 43 },
      { paragraph: 2, text: 'Al doilea paragraf.', start: 47, end: 66 },
    ]);
  });

  it('keeps text equal to the input slice', () => {
    const input = 'Ședința a început la ora 10.30.\r\nDl. Popescu a vorbit primul. Apoi a urmat dna. Ionescu.';
    for (const s of segmentDocument(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not read Markdown markup in plain-text mode', () => {
    expect(segmentDocument('# Titlu\n').map((s) => s.text)).toEqual(['# Titlu']);
  });
});

describe('segmentDocument: Markdown', () => {
  const md = (s: string) => segmentDocument(s, { markdown: true });

  it('joins soft-wrapped lines of a paragraph and splits paragraphs at blank lines', () => {
    const input = 'Primul rând\ncontinuă aici. Al doilea.\n\nAlt paragraf.';
    expect(md(input)).toEqual([
      { paragraph: 0, text: 'Primul rând\ncontinuă aici.', start: 0, end: 26 },
      { paragraph: 0, text: 'Al doilea.', start: 27, end: 37 },
      { paragraph: 1, text: 'Alt paragraf.', start: 39, end: 52 },
    ]);
  });

  it('makes a heading its own paragraph without its markup', () => {
    const input = '## Situația de la Minsk ##\nLukașenko a vorbit. Apoi a plecat.';
    expect(md(input)).toEqual([
      { paragraph: 0, text: 'Situația de la Minsk', start: 3, end: 23 },
      { paragraph: 1, text: 'Lukașenko a vorbit.', start: 27, end: 46 },
      { paragraph: 1, text: 'Apoi a plecat.', start: 47, end: 61 },
    ]);
  });

  it('makes each list item a paragraph without its marker', () => {
    const input = '- Primul punct. Are detalii.\n- Al doilea punct\n1. Numerotat';
    expect(md(input).map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Primul punct.'],
      [0, 'Are detalii.'],
      [1, 'Al doilea punct'],
      [2, 'Numerotat'],
    ]);
  });

  it('makes nested list items paragraphs and joins a wrapped item', () => {
    const input = '* Primul punct,\n  scris pe două rânduri.\n    - Subpunct. Cu detalii.\n';
    expect(md(input).map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Primul punct,\n  scris pe două rânduri.'],
      [1, 'Subpunct.'],
      [1, 'Cu detalii.'],
    ]);
  });

  it('joins a wrapped quotation and blanks the markers of continuation lines', () => {
    const input = 'Text.\n> „Nu vom ceda\n> niciodată”, a spus el. Apoi a tăcut.';
    const segs = md(input);
    expect(segs.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Text.'],
      [1, '„Nu vom ceda\n  niciodată”, a spus el.'],
      [1, 'Apoi a tăcut.'],
    ]);
    for (const s of segs) expect(s.text.length).toBe(s.end - s.start);
    expect(input.slice(segs[1]!.start, segs[1]!.end)).toBe('„Nu vom ceda\n> niciodată”, a spus el.');
  });

  it('skips fenced code, thematic breaks and front matter', () => {
    const input = '---\ntitlu: test\n---\nÎnainte.\n\n```\ncod. Nu se traduce.\n```\n\n***\n\nDupă.';
    expect(md(input).map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Înainte.'],
      [1, 'După.'],
    ]);
  });

  it('keeps inline markup inside the sentence and splits after emphasis', () => {
    expect(md('**Atenție.** Drumul este închis [aici](https://exemplu.ro).').map((s) => s.text)).toEqual([
      '**Atenție.**',
      'Drumul este închis [aici](https://exemplu.ro).',
    ]);
  });
});
