// Reads a .dna file the way DNA 3 does where kg cannot see it from Python:
// through the xerial SQLite JDBC driver with foreign keys enforced, the coder's
// password through jasypt's StrongPasswordEncryptor, and each statement's span
// through a JTextPane filled with setText (DNA's TextPanel). Prints, tab-separated:
//   password <true|false>
//   fk <number of foreign-key violations>
//   st <statement id> <base64 of the span as the text pane holds it>
// Used by tests/test_dna.py when java, javac and the two jars are installed.
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

import javax.swing.JTextPane;
import javax.swing.text.DefaultStyledDocument;

import org.jasypt.util.password.StrongPasswordEncryptor;
import org.sqlite.SQLiteDataSource;

public class DnaCheck {
	public static void main(String[] args) throws Exception {
		SQLiteDataSource ds = new SQLiteDataSource();
		ds.setUrl("jdbc:sqlite:" + args[0]);
		ds.setEnforceForeignKeys(true);
		try (Connection conn = ds.getConnection(); Statement s = conn.createStatement()) {
			ResultSet r = s.executeQuery("SELECT Password FROM CODERS WHERE ID = 1;");
			r.next();
			System.out.println("password\t" + new StrongPasswordEncryptor().checkPassword(args[1], r.getString(1)));
			r = s.executeQuery("PRAGMA foreign_key_check;");
			int violations = 0;
			while (r.next()) {
				violations++;
			}
			System.out.println("fk\t" + violations);
			r = s.executeQuery("SELECT s.ID, s.Start, s.Stop, d.Text FROM STATEMENTS s "
					+ "JOIN DOCUMENTS d ON d.ID = s.DocumentId ORDER BY s.ID;");
			while (r.next()) {
				DefaultStyledDocument doc = new DefaultStyledDocument();
				JTextPane pane = new JTextPane(doc);
				pane.setText(r.getString(4));
				int start = r.getInt(2), stop = r.getInt(3);
				String span = doc.getText(start, stop - start);
				System.out.println("st\t" + r.getInt(1) + "\t"
						+ Base64.getEncoder().encodeToString(span.getBytes(StandardCharsets.UTF_8)));
			}
		}
	}
}
