<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommitteeListModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="+93"/>
        <source>Whole organisation</source>
        <extracomment>The row&apos;s identifier: a committee id (None for the whole organisation) or a document id. The second line of a row (dates, author, description). A short text drawn at the right of a row (&quot;● Unread&quot;, &quot;3 unread&quot;), or None. True when the row has something unread.</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents for every member</source>
        <translation>Documents pour tous les élus</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n unread document(s)</source>
        <translation>
            <numerusform>%1, %n document non lu</numerusform>
            <numerusform>%1, %n documents non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, nothing unread</source>
        <translation>%1, tout est lu</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location line="+45"/>
        <source>● New</source>
        <translation>● Non lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="+82"/>
        <source>Document text</source>
        <extracomment>Resources the reader was asked for and refused (for the record, and for tests).</extracomment>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a document in the list to read it here.</source>
        <translation>Choisissez un document dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · published on %2</source>
        <translation>%1 · publié le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum only opens web and email links. This one leads to: %1</source>
        <translation>Quorum n&apos;ouvre que les liens vers des sites web ou des adresses e-mail. Celui-ci mène à : %1</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+26"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please try again. If it happens again, contact your secretariat.</source>
        <translation>Veuillez réessayer. Si le problème se reproduit, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server ran into a problem.</source>
        <translation>Le serveur a rencontré un problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes. Your documents stay readable on this computer.</source>
        <translation>Réessayez dans quelques minutes. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no secure keychain.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase to protect the copy of your documents.</source>
        <translation>Choisissez une phrase secrète pour protéger la copie de vos documents.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email address or the password is not right.</source>
        <extracomment>Stable error code -&gt; (what happened, what to do next), both translated when shown.</extracomment>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check them and try again. If you have forgotten your password, ask your secretariat.</source>
        <translation>Vérifiez-les et réessayez. Si vous avez oublié votre mot de passe, demandez-le à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have been signed out.</source>
        <translation>Vous avez été déconnecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to sync. Your documents stay readable on this computer.</source>
        <translation>Reconnectez-vous pour synchroniser. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer may no longer connect to Quorum.</source>
        <translation>Cet ordinateur ne peut plus se connecter à Quorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat has withdrawn its access. Contact them if you think this is a mistake.</source>
        <translation>Le secrétariat lui a retiré son accès. Contactez-le si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account is disabled.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your secretariat to have it enabled.</source>
        <translation>Contactez votre secrétariat pour le faire réactiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de faire cela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you think you should be, contact your secretariat.</source>
        <translation>Si vous pensez devoir l&apos;avoir, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item no longer exists on the server.</source>
        <translation>Cet élément n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your copy up to date.</source>
        <translation>Il a peut-être été supprimé. Synchronisez pour mettre votre copie à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document is no longer available.</source>
        <translation>Ce document n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your list up to date.</source>
        <translation>Il a peut-être été retiré. Synchronisez pour mettre votre liste à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept what was sent.</source>
        <translation>Le serveur n&apos;a pas accepté ce qui a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you typed and try again.</source>
        <translation>Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this in the meantime.</source>
        <translation>Quelqu&apos;un l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync, then try again.</source>
        <translation>Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you are sending is too large.</source>
        <translation>Ce que vous envoyez est trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it shorter and try again.</source>
        <translation>Raccourcissez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of Quorum cannot talk to your organisation&apos;s server.</source>
        <translation>Cette version de Quorum ne peut pas dialoguer avec le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the latest version of Quorum, or ask your secretariat.</source>
        <translation>Installez la dernière version de Quorum, ou demandez à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and the server address. You can keep reading your documents offline: Quorum syncs as soon as the connection is back.</source>
        <translation>Vérifiez votre connexion internet et l&apos;adresse du serveur. Vous pouvez continuer à lire vos documents hors ligne : Quorum synchronisera dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy of your documents on this computer cannot be opened.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is missing or the passphrase is wrong. You can reset this copy and download everything again: the server keeps it all.</source>
        <translation>Sa clé est introuvable ou la phrase secrète est incorrecte. Vous pouvez réinitialiser cette copie et tout télécharger à nouveau : le serveur garde tout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of your documents was made by a newer version of Quorum.</source>
        <translation>La copie de vos documents a été créée par une version plus récente de Quorum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest version of Quorum to open it.</source>
        <translation>Installez la dernière version de Quorum pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="+21"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HH:mm</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="-96"/>
        <source>Open a link</source>
        <extracomment>The widest the text column grows, in average characters: long lines tire the eye. Reader text size (points); the rest of the app uses at least 11.</extracomment>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside Quorum. Open it?</source>
        <translation>Ce lien mène en dehors de Quorum. Voulez-vous l&apos;ouvrir ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full address: %1</source>
        <translation>Adresse complète : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not open</source>
        <translation>Ne pas ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link to %1</source>
        <translation>Ouvrir le lien vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not open the link</source>
        <translation>Ne pas ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+102"/>
        <location line="+27"/>
        <source>Committees</source>
        <translation>Instances</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No documents here yet.
They will appear after the next sync.</source>
        <translation>Aucun document pour l&apos;instant.
Ils apparaîtront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now (Ctrl+R or F5)</source>
        <translation>Synchroniser maintenant (Ctrl+R ou F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quorum — %1</source>
        <translation>Quorum — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Documents of %1</source>
        <translation>Documents : %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+41"/>
        <source>Choose a passphrase</source>
        <extracomment>Shorter passphrases are refused when choosing one.</extracomment>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum keeps a copy of your documents on this computer so that you can read them without a connection. This copy is locked, and this computer has no secure keychain to keep its key.

Choose a passphrase: Quorum will ask for it each time it starts. Write it down somewhere safe. If you lose it, nothing is lost for good: the copy is deleted and downloaded again from the server.</source>
        <translation>Quorum garde une copie de vos documents sur cet ordinateur pour que vous puissiez les lire sans connexion. Cette copie est verrouillée, et cet ordinateur n&apos;a pas de trousseau sécurisé pour en garder la clé.

Choisissez une phrase secrète : Quorum vous la demandera à chaque démarrage. Notez-la en lieu sûr. Si vous la perdez, rien n&apos;est perdu pour de bon : la copie est effacée puis téléchargée à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your documents</source>
        <translation>Déverrouiller vos documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase you chose to lock the copy of your documents on this computer.</source>
        <translation>Saisissez la phrase secrète que vous avez choisie pour verrouiller la copie de vos documents sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This passphrase does not open the copy. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la copie. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose this passphrase</source>
        <translation>Choisir cette phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have forgotten it…</source>
        <translation>Je l&apos;ai oubliée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have forgotten the passphrase</source>
        <translation>J&apos;ai oublié la phrase secrète</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>ResetCacheDialog</name>
    <message>
        <location line="+16"/>
        <source>Your documents cannot be opened</source>
        <translation>Vos documents ne peuvent pas être ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of your documents on this computer cannot be opened: its key is missing or has changed.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte : sa clé est introuvable ou a changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum can delete this copy and download everything again: the server keeps it all. Only changes made on this computer and not yet sent would be lost.</source>
        <translation>Quorum peut effacer cette copie et tout télécharger à nouveau : le serveur garde tout. Seules les modifications faites sur cet ordinateur et pas encore envoyées seraient perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset and download again</source>
        <translation>Réinitialiser et tout télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the copy and download again</source>
        <translation>Réinitialiser la copie et tout télécharger à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="+56"/>
        <source>Sign in to Quorum</source>
        <extracomment>sign_in(server_url, email, password) -&gt; Account; runs in the worker.</extracomment>
        <translation>Se connecter à Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with the email address and password your secretariat gave you. You only need to do this once on this computer.</source>
        <translation>Connectez-vous avec l&apos;adresse e-mail et le mot de passe que votre secrétariat vous a donnés. Vous n&apos;aurez à le faire qu&apos;une fois sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for example quorum.my-mutual.fr</source>
        <translation>par exemple quorum.ma-mutuelle.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in, please wait</source>
        <translation>Connexion en cours, veuillez patienter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the address of your organisation&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your email address, for example marie@example.fr.</source>
        <translation>Saisissez votre adresse e-mail, par exemple marie@exemple.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server at %1 does not answer.</source>
        <translation>Le serveur %1 ne répond pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the server address and your internet connection, then try again.</source>
        <translation>Vérifiez l&apos;adresse du serveur et votre connexion internet, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="+38"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online — synced %1</source>
        <translation>En ligne — synchronisé %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — last synced %1</source>
        <translation>Hors ligne — dernière synchronisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — not synced yet</source>
        <translation>Hors ligne — pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out — sign in again to sync</source>
        <translation>Déconnecté — reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem: %1</source>
        <translation>Problème de synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Refused by the server: %n</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
</context>
</TS>
