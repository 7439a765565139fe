"""The nations an English text of two governments names ("India-Japan Joint Statement", "the Department of Science
and Technology (DST) of India"): one closed list for the joint-statement reader and the office-name reader."""

NATIONS = (r"India|Japan|Australia|Singapore|Korea|Republic of Korea|United States|United Kingdom|France|Germany|"
           r"Italy|Canada|New Zealand|Indonesia|Viet Nam|Philippines|Netherlands|Brazil|Mexico|China|Malaysia|"
           r"Thailand|Spain|Sweden|Finland|Denmark|Norway|Ireland|Israel|Saudi Arabia|United Arab Emirates|Egypt|"
           r"South Africa|Kenya|Nigeria|Bangladesh|Sri Lanka|Nepal")
